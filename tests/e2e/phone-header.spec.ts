import { expect, test } from '@playwright/test';
import { fileOnlineCase, tokenFor } from './case-api.js';
import { signIn } from './support.js';

// Issue 13, defect 3: on a 375 × 812 phone the header took 609 px and pushed the page's content below the
// first screen. The header stays compact (its menu behind one button) and the main content starts on screen.
test.use({ viewport: { width: 375, height: 812 } });

const screenHeight = 812;

async function figures(page: import('@playwright/test').Page, first: string) {
  const header = await page.locator('header').first().boundingBox();
  const target = await page.locator(first).first().boundingBox();
  return { header: Math.round(header?.height ?? -1), first: Math.round(target?.y ?? -1) };
}

test('the apply page shows its first field on the first screen of a phone', async ({ page }) => {
  await signIn(page, 'citizen1', '/services/440104-MZ-0007/apply');
  const shown = await figures(page, 'main form input:not([type=hidden])');
  console.log(`apply page at 375×812: header ${shown.header} px, first field at y=${shown.first}`);
  expect(shown.header).toBeLessThanOrEqual(140);
  expect(shown.first).toBeLessThan(screenHeight - 60);
});

test('the staff inbox shows its first case on the first screen of a phone', async ({ page, request }) => {
  await fileOnlineCase(request, await tokenFor(request, 'citizen1'));
  await signIn(page, 'officer1', '/staff');
  await expect(page.locator('[data-work-item]').first()).toBeVisible();
  const shown = await figures(page, '[data-work-item]');
  console.log(`staff inbox at 375×812: header ${shown.header} px, first case at y=${shown.first}`);
  expect(shown.header).toBeLessThanOrEqual(140);
  expect(shown.first).toBeLessThan(screenHeight - 60);
});

test('the search and account controls fold behind 菜单; the navigation stays one row', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await expect(nav.getByRole('link', { name: '办事大厅' })).toBeVisible();
  const search = page.locator('#site-search');
  await expect(search).toBeHidden();
  await page.getByText('菜单', { exact: true }).click();
  await expect(search).toBeVisible();
  await expect(page.getByRole('link', { name: '登录' }).first()).toBeVisible();
});

test('on a wide screen the header shows search and controls without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.locator('#site-search')).toBeVisible();
  await expect(page.getByText('菜单', { exact: true })).toBeHidden();
});
