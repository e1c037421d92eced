import { expect, test, type APIRequestContext } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * Market supervision is granted the buildings register on request (无条件共享) and extracts a page of it through
 * the API; then supervision shows the catalog against the 70 % target, the requests by status and the extraction
 * per resource and per consuming department. The grant's period spans any date the test may run on.
 */
async function grantAndExtract(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${await tokenFor(request, 'officer2')}` };
  const created = await request.post('/api/data/requests', {
    headers,
    data: {
      resourceId: '440104-SK-D003',
      purpose: '核对经营场所所在建筑物，用于监察页面测试',
      fields: ['code', 'street'],
      legalBasis: '《政务信息资源共享管理暂行办法》第十四条',
      periodFrom: '2020-01-01',
      periodTo: '2099-12-31',
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const page = await request.get('/api/data/resources/440104-SK-D003/records?limit=2', { headers });
  expect(page.status(), await page.text()).toBe(200);
}

const count = async (text: Promise<string>) => Number((await text).replace(/[^\d]/g, ''));

test('supervision shows the catalog shared against the target, requests by status and extractions', async ({
  page,
  request,
}) => {
  await grantAndExtract(request);
  await signIn(page, 'supervisor1', '/staff/supervision');
  const section = page.getByTestId('supervision-sharing');
  await expect(section.getByRole('heading', { name: '数据共享', level: 2 })).toBeVisible();
  const figures = section.getByTestId('sharing-figures');
  await expect(figures.locator('li')).toHaveCount(8);
  await expect(figures.locator('[data-figure="shared-share"]')).toContainText('规划目标 70%');
  expect(await count(figures.locator('[data-figure="extractions"] span').first().innerText())).toBeGreaterThanOrEqual(
    1,
  );
  await expect(section.getByTestId('sharing-classes').locator('tr[data-class="none"] th')).toHaveText('不予共享');
  const granted = section.getByTestId('sharing-requests').locator('tr[data-status="granted"]');
  expect(await count(granted.locator('td').first().innerText())).toBeGreaterThanOrEqual(1);
  const buildings = section.getByTestId('sharing-resources').locator('tr[data-resource="440104-SK-D003"]');
  await expect(buildings.locator('td').first()).toHaveText('越秀区政务服务数据管理局');
  await expect(section.getByRole('img', { name: '各使用部门抽取的记录数' })).toBeVisible();
  await expectNoAxeViolations(page);

  // The supervisor chooses the data center, which owns the base registries: only data sharing is shown, with the
  // requests it received for the buildings register; the other sections (which do not measure it) are not asked.
  await page.getByRole('combobox', { name: '部门' }).selectOption({ label: '数据中心' });
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/department=data-center/);
  await expect(page.getByTestId('supervision-data-center')).toContainText('只显示数据共享');
  await expect(page.getByTestId('supervision-targets')).toHaveCount(0);
  await expect(page.getByTestId('supervision-letters')).toHaveCount(0);
  const center = page.getByTestId('supervision-sharing');
  const centerGranted = center.getByTestId('sharing-requests').locator('tr[data-status="granted"]');
  expect(await count(centerGranted.locator('td').first().innerText())).toBeGreaterThanOrEqual(1);
  await expect(center.getByTestId('sharing-resources').locator('tr[data-resource="440104-SK-D003"]')).toBeVisible();
  await expect(page.getByRole('combobox', { name: '部门' })).toHaveValue('data-center');
  await expectNoAxeViolations(page);

  // The consuming department's head, in English at phone width, sees its own extraction.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.context().clearCookies();
  await signIn(page, 'head2', '/en/staff/supervision');
  const own = page.getByTestId('supervision-sharing');
  await expect(own.getByRole('heading', { name: 'Data sharing', level: 2 })).toBeVisible();
  const consumer = own.getByTestId('sharing-departments').locator('tr[data-department="market-supervision"]');
  await expect(consumer.locator('th')).toHaveText('Market Supervision Administration');
  expect(await count(consumer.locator('td').first().innerText())).toBeGreaterThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
