import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support.js';

test('a supervisor sees the plan’s online targets, the departments ranked and the monthly trend', async ({ page }) => {
  await signIn(page, 'supervisor1', '/staff/supervision');
  const section = page.getByTestId('supervision-targets');
  await expect(section.getByRole('heading', { name: '规划目标完成情况' })).toBeVisible();
  const figures = section.getByTestId('target-figures');
  await expect(figures.locator('li')).toHaveCount(3);
  await expect(figures.locator('[data-figure="queryableShare"]')).toContainText('网上可查率');
  await expect(figures.locator('[data-figure="queryableShare"]')).toContainText(/达到目标 100%|无可统计数据/);
  await expect(figures.locator('[data-figure="processableShare"]')).toContainText('95%');
  const ranking = section.getByTestId('targets-ranking');
  expect(await ranking.locator('tbody tr').count()).toBeGreaterThanOrEqual(15);
  await expect(ranking.locator('tbody tr').first().locator('td').first()).toHaveText('1');
  await expect(section.getByTestId('targets-trend').locator('tbody tr')).toHaveCount(12);
  await expectNoAxeViolations(page);

  // Axe on this long page can outlast the e2e staff session's idle limit: sign in again at phone width.
  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, 'supervisor1', '/staff/supervision');
  await expect(page.getByTestId('supervision-targets')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
