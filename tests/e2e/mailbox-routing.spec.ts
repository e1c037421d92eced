import { expect, test, type Page } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * The mailbox beyond the first answer: an anonymous writer asks about an item from its guide (the letter goes
 * to the item's department) and follows the letter with the query code and password; a dispatcher reveals the
 * writer (audited) and re-routes the letter with a reason, and its inbox item moves.
 */

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
}

const item = '440104-RS-0001';

test('an anonymous writer asks about an item from its guide and follows the letter with the query code', async ({
  page,
  request,
}) => {
  await page.goto(`/services/${item}`);
  await page.getByTestId('guide-write-letter').click();
  await expect(page.getByRole('heading', { level: 1, name: '越秀信箱：写信' })).toBeVisible();
  await expect(page.getByTestId('letter-item')).toContainText('将转交该事项的主管部门办理');
  await expectNoAxeViolations(page);

  await page.getByLabel('咨询', { exact: true }).check();
  await page.getByLabel('标题', { exact: true }).fill('失业登记需要带哪些材料');
  await page.getByLabel('内容', { exact: true }).fill('请问在越秀区办理失业登记需要携带哪些材料，可以网上办理吗？');
  await page.getByLabel('同意在答复后公开本次咨询（隐去个人信息）').check();
  await page.getByRole('button', { name: '提交来信' }).click();
  const receipt = page.getByTestId('letter-receipt');
  await expect(receipt).toContainText('来信已收到');
  const queryCode = (await page.getByTestId('query-code').textContent())!.trim();
  const password = (await page.getByTestId('letter-password').textContent())!.trim();
  const letterNumber = (await page.getByTestId('letter-number').textContent())!.trim();

  // The mailbox is in the site's navigation; its page leads to the follow page.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '越秀信箱' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '越秀信箱' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: '匿名来信查询' }).click();
  await expect(page).toHaveURL(/\/mailbox\/follow$/);

  await page.getByLabel('查询码').fill(queryCode);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  const followed = page.getByTestId('followed-letter');
  await expect(followed).toContainText(letterNumber);
  await expect(followed.getByTestId('letter-department')).toHaveText('越秀区人力资源和社会保障局');
  await expect(followed.getByTestId('letter-history')).toContainText('转交主管部门');
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // Once answered, the exchange is among the public answers the item's guide links to.
  const letterId = await page.getByTestId('followed-letter').getAttribute('data-letter-id');
  expect(letterId).toBeTruthy();
  const answered = await request.post(`/api/letters/${letterId}/answer`, {
    headers: { authorization: `Bearer ${await tokenFor(request, 'officer-human-resources-social-security')}` },
    data: { answer: '失业登记可在网上办理，携带身份证即可，无需其他材料。' },
  });
  expect(answered.status()).toBe(200);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/services/${item}`);
  await page.getByTestId('guide-public-letters').click();
  await expect(page.getByTestId('public-item-filter')).toContainText(item);
  await expect(page.locator(`li[data-letter-number="${letterNumber}"]`)).toContainText('无需其他材料');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});

test('a dispatcher reveals the writer and re-routes the letter; it leaves civil affairs’ inbox', async ({
  page,
  request,
}) => {
  const res = await request.post('/api/letters', {
    headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
    data: {
      type: 'complaint',
      topic: 'marriage',
      subject: '小区门口占道经营',
      body: '小区门口长期有流动摊贩占道经营，影响老人和孩子通行，希望尽快处理。',
      publishConsent: false,
      submissionToken: crypto.randomUUID(),
      name: '钱多多',
      phone: '13822223333',
    },
  });
  expect(res.status()).toBe(201);
  const { letter } = (await res.json()) as { letter: { letterId: string; letterNumber: string } };

  await signIn(page, 'dispatcher1', `/staff/letters/${letter.letterId}`);
  await expect(page.getByRole('heading', { level: 1, name: `来信 ${letter.letterNumber}` })).toBeVisible();
  const writer = page.getByTestId('letter-writer');
  await expect(writer).not.toContainText('钱多多');
  await expect(writer).not.toContainText('13822223333');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '显示完整信息' }).click();
  await expect(writer).toContainText('钱多多');
  await expect(writer).toContainText('13822223333');

  await page.getByLabel('转交部门').selectOption('urban-management');
  await page.getByLabel('转办理由').fill('占道经营属城市管理职责');
  await page.getByRole('button', { name: '确认转办' }).click();
  await expect(page.getByTestId('reroute-done')).toContainText('来信已转办');
  await page.goto(`/staff/letters/${letter.letterId}`);
  await expect(page.getByTestId('letter-department')).toHaveText('越秀区城市管理和综合执法局');
  await expect(page.getByTestId('letter-history')).toContainText(
    '转办（越秀区民政局 → 越秀区城市管理和综合执法局）：占道经营属城市管理职责',
  );
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  // Civil affairs no longer has it; urban management's officer finds it in the inbox.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.context().clearCookies();
  await signIn(page, 'officer1', `/staff?step=answer&q=${letter.letterNumber}`);
  await expect(page.locator(`tr[data-case-number="${letter.letterNumber}"]`)).toHaveCount(0);
  await page.context().clearCookies();
  await signIn(page, 'officer-urban-management', `/staff?step=answer&q=${letter.letterNumber}`);
  await expect(page.locator(`tr[data-case-number="${letter.letterNumber}"]`)).toContainText('答复来信');
});
