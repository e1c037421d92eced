import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/** Public information: a head publishes a notice; a citizen finds it in the site search and reads it. */

async function expectNoSideScroll(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test('a head drafts, edits and publishes a notice; a citizen finds it in search and opens it', async ({
  page,
  browser,
}) => {
  const word = `测试${Math.random().toString(36).slice(2, 8)}`;
  const title = `关于${word}社区义诊活动的通知`;

  await signIn(page, 'head1', '/staff/notices');
  await expect(page.getByRole('heading', { level: 1, name: '信息发布' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The e2e staff session locks after its idle limit (axe can take that long): come back before typing.
  await page.reload();

  const draft = page.getByTestId('new-notice-form');
  await draft.getByLabel('类别').selectOption('notice');
  await draft.getByLabel('标题').fill(title);
  await draft.getByLabel('正文').fill('本周六上午，区卫生健康局将在北京街党群服务中心开展义诊活动。');
  await draft.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('notice-done')).toContainText('草稿已保存');
  await expect(page.getByTestId('notice-status')).toContainText('草稿');
  await page.getByRole('link', { name: '返回信息列表' }).click();
  await expect(page.getByTestId('department-notices').getByRole('link', { name: title })).toBeVisible();
  await page.getByTestId('department-notices').getByRole('link', { name: title }).click();

  const edit = page.getByTestId('edit-notice-form');
  await edit.getByLabel('正文').fill('本周六全天，区卫生健康局将在北京街党群服务中心开展义诊活动，请携带医保卡。');
  await edit.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('notice-done')).toContainText('新版本');

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByTestId('notice-done')).toContainText('已发布');
  await expect(page.getByTestId('notice-status')).toContainText('已发布');
  const versions = page.getByTestId('notice-versions');
  await expect(versions.locator('tbody tr')).toHaveCount(3);
  await expect(versions.locator('tbody tr').first()).toContainText('发布');
  await expect(versions.locator('tbody tr').first()).toContainText('head1');
  await expectNoAxeViolations(page);

  // A citizen, not signed in, searches the site and narrows to 政务信息.
  const citizenContext = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const citizen = await citizenContext.newPage();
  await citizen.goto(`/search?q=${encodeURIComponent(word)}`);
  await citizen.getByRole('navigation', { name: '类型', exact: true }).getByRole('link', { name: '政务信息' }).click();
  await expect(citizen).toHaveURL(/type=info/);
  const results = citizen.getByTestId('search-results');
  await expect(results.getByRole('link', { name: title })).toBeVisible();
  await expectNoAxeViolations(citizen);
  await results.getByRole('link', { name: title }).click();
  await expect(citizen.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(citizen.getByTestId('notice')).toContainText('请携带医保卡');
  await expect(citizen.getByTestId('notice')).toContainText('越秀区民政局');
  await expectNoAxeViolations(citizen);

  await citizen.setViewportSize({ width: 375, height: 800 });
  await citizen.reload();
  await expect(citizen.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expectNoSideScroll(citizen, 375);
  await expectNoAxeViolations(citizen);
  await citizenContext.close();
});

/** A published policy document and its interpretation, through the API (head1, civil affairs). */
async function publishPolicyWithInterpretation(request: APIRequestContext, word: string) {
  const headers = { authorization: `Bearer ${await tokenFor(request, 'head1')}` };
  const publish = async (data: Record<string, string>) => {
    const created = await request.post('/api/staff/notices', { headers, data });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await request.post(`/api/staff/notices/${id}/publish`, { headers, data: { version: 1 } })).status()).toBe(
      200,
    );
    return id;
  };
  const policy = await publish({
    kind: 'policy',
    title: `区民政局关于印发《${word}居家养老服务补贴办法》的通知`,
    body: '第一条 为规范居家养老服务补贴的申请和发放，制定本办法。',
    documentNumber: '越民〔2026〕21号',
  });
  const interpretation = await publish({
    kind: 'interpretation',
    title: `《${word}居家养老服务补贴办法》政策解读`,
    body: '本办法明确了补贴对象、补贴标准和申请程序，符合条件的老人可以通过越秀号网上申请。',
    interprets: policy,
  });
  return { policy, interpretation };
}

test('public information lists each kind and links an interpretation to its policy, at desktop and phone width', async ({
  page,
  request,
}) => {
  const word = `测试${Math.random().toString(36).slice(2, 8)}`;
  await publishPolicyWithInterpretation(request, word);

  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '政务公开' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '政务公开' })).toBeVisible();
  await page.getByRole('navigation', { name: '信息类别' }).getByRole('link', { name: '政策文件' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '政策文件' })).toBeVisible();
  const policyLink = page.getByTestId('notice-list').getByRole('link', { name: new RegExp(word) });
  await expect(policyLink).toBeVisible();
  await expect(page.getByTestId('notice-list')).toContainText('越民〔2026〕21号');
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/notices?kind=interpretation');
  await expectNoSideScroll(page, 375);
  await expectNoAxeViolations(page);
  await page
    .getByTestId('notice-list')
    .getByRole('link', { name: new RegExp(word) })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${word}.*政策解读`) })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`印发《${word}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`印发《${word}`) })).toBeVisible();
  await expect(page.getByTestId('notice')).toContainText('越民〔2026〕21号');
  await expectNoSideScroll(page, 375);
  await expectNoAxeViolations(page);
});
