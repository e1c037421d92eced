import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support.js';

/**
 * Every page keeps a title (WCAG 2.4.2). Next.js can commit a client-side navigation without the destination's
 * <title> when the server is busy or the network slow (vercel/next.js#98684): seen in this suite as the mailbox's
 * write page with an empty title after the guide's "写信" link. The portal's title guard fills the gap with the
 * page's heading and takes its stand-in away when the page's own title arrives; here the framework's loss is
 * made certain by emptying the page's title.
 */
test('a page whose title the framework dropped still has one, and its own title returns on the next page', async ({
  page,
}) => {
  await page.goto('/services/440104-RS-0001');
  await expect(page).toHaveTitle(/\S/);
  await page.getByTestId('guide-write-letter').click();
  await expect(page.getByRole('heading', { level: 1, name: '越秀信箱：写信' })).toBeVisible();
  await expect(page).toHaveTitle('越秀信箱：写信 · 越秀号 · 网上办事大厅');

  await page.evaluate(() => document.head.querySelectorAll('title').forEach((t) => (t.textContent = '')));
  await expect(page).toHaveTitle('越秀信箱：写信 · 越秀号 · 网上办事大厅');
  await expect(page.locator('head title[data-title-guard]')).toHaveCount(1);
  await expectNoAxeViolations(page);

  // The page's own title wins again as soon as the next page brings one; no stand-in stays behind.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '越秀信箱' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '越秀信箱', exact: true })).toBeVisible();
  await expect(page).toHaveTitle(/^越秀信箱 · /);
  await expect(page.locator('head title[data-title-guard]')).toHaveCount(0);
});
