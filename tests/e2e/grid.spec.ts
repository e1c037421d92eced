import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * The grid's loop in the browser (issue 17): a citizen reports a problem on /report with a tap on the grid's
 * map → the dispatcher registers it and dispatches it to the department → the department records its handling →
 * the street's inspector verifies and closes it → the citizen sees it closed. Desktop and 375 px, axe on each page.
 */

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe.configure({ mode: 'serial' });

let eventId = '';

test('a citizen reports exposed rubbish with a tap on the grid map and gets an event number', async ({ page }) => {
  await signIn(page, 'citizen1', '/report');
  await expect(page.getByRole('heading', { level: 1, name: '随手拍：城市管理问题上报' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing filled in: refused beside the fields.
  await page.getByRole('button', { name: '提交上报' }).click();
  await expect(page.getByText('请按提示修改后再提交。')).toBeVisible();
  await expect(page.getByText('请选择问题类别。')).toBeVisible();

  await page.getByLabel('问题类别').selectOption('E0101');
  await expect(page.getByLabel('问题类别')).toContainText('4 个工作小时内处置');
  await page.getByLabel('问题描述').fill('北京路步行街南口有一堆建筑垃圾，占了半条人行道');
  // 北京街 is the second block of the grid's top row: a tap in its middle puts the marker there.
  const map = page.getByTestId('grid-map');
  const box = (await map.boundingBox())!;
  await map.click({ position: { x: (box.width * 1.5) / 6, y: (box.height * 0.5) / 4 } });
  await expect(page.getByTestId('map-marker')).toBeVisible();
  await expect(page.getByLabel('纬度')).toHaveValue(/^23\.\d+$/);
  await expect(page.getByLabel('经度')).toHaveValue(/^113\.\d+$/);
  await page.getByLabel('地址或地标（选填）').fill('北京路南口');
  await page.getByRole('button', { name: '提交上报' }).click();

  const receipt = page.getByTestId('report-receipt');
  await expect(receipt).toContainText('上报成功');
  await expect(receipt).toContainText('北京街道');
  eventId = (await page.getByTestId('event-number').textContent())!.trim();
  expect(eventId).toMatch(/^G\d{8}-\d{4}$/);
  await expectNoAxeViolations(page);

  await page.goto('/report');
  await expect(page.getByTestId('my-reports')).toContainText(eventId);
  await fitsPhone(page);
});

test('the dispatcher finds it by urgency, registers it and dispatches it to the department', async ({ page }) => {
  await signIn(page, 'dispatcher1', '/staff/grid');
  await expect(page.getByRole('heading', { level: 1, name: '城市管理事件' })).toBeVisible();
  await expect(page.getByTestId('grid-events')).toContainText(eventId);
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  // The dispatcher's step is also in the one inbox.
  await page.goto(`/staff?q=${eventId}`);
  await expect(page.getByTestId('work-items')).toContainText('立案派遣');

  await page.goto(`/staff/grid/${eventId}`);
  await expect(page.getByTestId('event-status')).toHaveText('已上报');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '立案', exact: true }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已立案');
  await expect(page.getByLabel('派遣部门')).toHaveValue('environment');
  await page.getByRole('button', { name: '派遣', exact: true }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已派遣');
  await expect(page.getByTestId('waiting-for-others')).toBeVisible();
  await fitsPhone(page);
});

test('the environment bureau records its handling from its inbox', async ({ page }) => {
  await signIn(page, 'officer-environment', `/staff?q=${eventId}`);
  const items = page.getByTestId('work-items');
  await expect(items).toContainText('处置');
  await items.getByRole('link', { name: new RegExp(eventId) }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/grid/${eventId}$`));
  await expectNoAxeViolations(page);

  // Handling needs a note.
  await page.getByRole('button', { name: '处置完毕' }).click();
  await expect(page.getByText('请填写办理说明（至少 2 个字）。')).toBeVisible();
  await page.getByLabel('办理说明').fill('已安排环卫车辆清运，现场清理完毕');
  await page.getByRole('button', { name: '处置完毕' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已处置');
  await fitsPhone(page);
});

test('the street’s inspector verifies on site and closes it, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, 'inspector1', `/staff?q=${eventId}`);
  await expect(page.getByTestId('work-items')).toContainText('核查结案');
  await page.goto(`/staff/grid/${eventId}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '核查通过并结案' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已结案');
  await expect(page.getByTestId('event-actions')).toHaveCount(0);
});

test('the citizen follows the report to its closure', async ({ page }) => {
  await signIn(page, 'citizen1', `/report/${eventId}`);
  await expect(page.getByRole('heading', { level: 1, name: `事件 ${eventId}` })).toBeVisible();
  await expect(page.getByTestId('event-status')).toHaveText('已结案');
  const history = page.getByTestId('event-history');
  await expect(history).toContainText('已安排环卫车辆清运');
  await expect(history).toContainText('已核查');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});
