import { expect, test } from '@playwright/test';
import { answerTotp, expectNoAxeViolations, signIn } from './support.js';

test('the home page is in Chinese, has one h1 and no axe violations', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('越秀号网上办事大厅');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到主要内容' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('the staff inbox has no axe violations', async ({ page }) => {
  await signIn(page, 'officer1', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('signed-out visitors to /staff are sent to sign in and come back', async ({ page }) => {
  await page.goto('/staff');
  await expect(page.getByLabel(/用户名/)).toBeVisible();
  await page.getByLabel(/用户名/).fill('head1');
  await page.getByLabel(/密码/).fill('demo-password');
  await page.getByRole('button', { name: /登录/ }).click();
  await answerTotp(page, 'head1');
  await expect(page).toHaveURL('/staff');
  await expect(page.getByTestId('staff-identity')).toContainText('head1');
});

test('a citizen in /staff gets a clear no-access page', async ({ page }) => {
  await signIn(page, 'citizen1', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
});

test('elder-friendly mode enlarges text, persists in a cookie and applies on every page', async ({ page, context }) => {
  await page.goto('/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: '长辈模式' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const standardSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

  await toggle.click();
  await expect(html).toHaveAttribute('data-display', 'elder');
  await expect(page.getByRole('button', { name: '长辈模式' })).toHaveAttribute('aria-pressed', 'true');
  const elderSize = await html.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(elderSize).toBeGreaterThan(standardSize);
  expect((await context.cookies()).find((c) => c.name === 'yx_display')?.value).toBe('elder');

  await page.goto('/status');
  await expect(page.locator('html')).toHaveAttribute('data-display', 'elder');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '长辈模式' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-display', 'standard');
});

test('the language switch shows the same page in English under /en', async ({ page }) => {
  await page.goto('/status');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL('/en/status');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Track a case');

  await page.getByRole('link', { name: '切换到中文' }).click();
  await expect(page).toHaveURL('/status');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办件进度查询');
});

test('the case lookup shows the internal service status to administrators only', async ({ page }) => {
  await page.goto('/status');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办件进度查询');
  await expect(page.getByRole('heading', { name: '服务状态' })).toHaveCount(0);
  await expect(page.getByText('数据库')).toHaveCount(0);

  await signIn(page, 'admin1', '/status');
  await expect(page.getByRole('heading', { level: 2, name: '服务状态' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '数据库' })).toBeVisible();
});

test('the site has an icon at /favicon.ico', async ({ request }) => {
  const res = await request.get('/favicon.ico');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('image/');
});

test('unknown pages answer 404 with the site layout', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
});

test('signing out ends the session here and at the identity provider', async ({ page, context }) => {
  await signIn(page, 'citizen1', '/my/cases');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('link', { name: '登录' })).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === 'yx_session')).toBe(false);
  await page.goto('/my/cases');
  await expect(page.getByLabel(/用户名/)).toBeVisible();
});
