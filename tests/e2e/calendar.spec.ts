import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support.js';

test('an administrator enters 2027 from the notice, sees it as a calendar and publishes it', async ({ page }) => {
  await signIn(page, 'admin1', '/staff/calendar?year=2027');
  await expect(page.getByRole('heading', { level: 1, name: '节假日日历' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The e2e staff session locks after its idle limit (axe can take that long): come back before typing.
  await page.reload();

  await page.getByLabel('通知文号（如 国办发明电〔2026〕7号）').fill('国办发明电〔2026〕7号');
  await page.getByLabel('通知日期').fill('2026-11-04');
  await page.getByLabel('假期 1 名称').fill('元旦');
  await page.getByLabel('假期 1 起').fill('2027-01-01');
  await page.getByLabel('假期 1 止').fill('2027-01-03');
  await page.getByLabel('假期 2 名称').fill('春节');
  await page.getByLabel('假期 2 起').fill('2027-02-06');
  await page.getByLabel('假期 2 止').fill('2027-02-13');
  await page.getByLabel('调休日 1', { exact: true }).fill('2027-02-14');
  await page.getByLabel('调休日 1 所属节日').fill('春节');
  await page.getByTestId('calendar-form').getByLabel('修改原因（随版本记录）').fill('国务院办公厅2027年放假安排');
  await page.getByRole('button', { name: '保存草稿' }).click();

  await expect(page.getByTestId('calendar-done')).toContainText('2027 年草稿已保存');
  const grid = page.getByTestId('month-grid');
  await expect(grid.locator('td[data-date="2027-01-01"]')).toContainText('休');
  await expect(grid.locator('td[data-date="2027-02-14"]')).toContainText('班');
  await expect(grid.getByText('假日：元旦').first()).toBeAttached();

  await page.getByTestId('publish-form').getByLabel('修改原因（随版本记录）').fill('核对无误，发布');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await expect(page.getByTestId('calendar-done')).toContainText('2027 年日历已发布');
  await expect(page.getByTestId('calendar-status')).toContainText('已发布');
  const versions = page.getByTestId('calendar-versions');
  await expect(versions.locator('tbody tr').first()).toContainText('发布');
  await expect(versions.locator('tbody tr').first()).toContainText('admin1');
  await expect(versions).toContainText('国务院办公厅2027年放假安排');
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId('month-grid')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
