import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { answerTotp, e2eStaffIdleSeconds, expectNoAxeViolations, signIn, watchForViolations } from './support.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** A resident ID number with a correct ISO 7064 MOD 11-2 check digit. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * (weights[i] as number), 0);
  return first17 + '10X98765432'[sum % 11];
}

test('every page carries a CSP with a fresh script nonce and no unsafe-inline scripts', async ({ page }) => {
  const problems = watchForViolations(page);
  const first = await page.goto('/');
  const policy = first?.headers()['content-security-policy'] ?? '';
  const csp = directives(policy);
  const scriptSrc = csp.get('script-src') ?? [];
  const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce, policy).toBeTruthy();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('connect-src')?.[0]).toBe("'self'");
  expect(csp.get('form-action')?.[0]).toBe("'self'");
  expect(first?.headers()['x-content-type-options']).toBe('nosniff');
  expect(first?.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(first?.headers()['permissions-policy']).toContain('camera=()');

  // Next put the nonce on its scripts; every script in the page has it.
  const scripts = page.locator('script');
  expect(await scripts.count()).toBeGreaterThan(0);
  for (const script of await scripts.all()) {
    expect(await script.evaluate((el) => (el as HTMLScriptElement).nonce)).toBe(nonce);
  }

  const second = await page.goto('/status');
  expect(second?.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
  // Hydrated under the CSP: a client-side interaction works.
  await page.getByRole('button', { name: '长辈模式' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-display', 'elder');
  await page.getByRole('button', { name: '长辈模式' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-display', 'standard');
  expect(problems).toEqual([]);
});

test('no browser bundle carries zod, whose new Function probe the CSP refuses', () => {
  // The build the server runs (npm run build before the browser tests): every client chunk, of every page.
  const chunks = path.resolve(import.meta.dirname, '../../web/.next/static/chunks');
  const files = readdirSync(chunks, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  expect(files.length).toBeGreaterThan(10);
  const withZod = files.filter((file) => readFileSync(path.join(chunks, file), 'utf8').includes('"$ZodType"'));
  expect(withZod).toEqual([]);
});

test('a cross-site POST to a server action is refused', async ({ page }) => {
  await page.goto('/');
  const [action] = await Promise.all([
    page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined),
    page.getByRole('button', { name: '长辈模式' }).click(),
  ]);
  await expect(page.locator('html')).toHaveAttribute('data-display', 'elder');
  const headers = await action.allHeaders();
  const replay = (origin: string, fetchSite: string) =>
    page.request.post(action.url(), {
      headers: {
        'content-type': headers['content-type'] ?? 'text/plain',
        'next-action': headers['next-action'] as string,
        accept: 'text/x-component',
        origin,
        'sec-fetch-site': fetchSite,
      },
      data: action.postDataBuffer() ?? '',
      maxRedirects: 0,
    });

  const crossSite = await replay('https://evil.example', 'cross-site');
  expect(crossSite.status()).toBe(403);
  expect(crossSite.headers()['set-cookie'] ?? '').not.toContain('yx_display');
  // The same request from our own origin goes through: the refusal is about the origin alone.
  const sameOrigin = await replay('http://localhost:3000', 'same-origin');
  expect(sameOrigin.status()).toBe(200);
});

test('a staff session stays open while used and locks when idle', async ({ page, context }) => {
  test.setTimeout(150_000);
  await signIn(page, 'officer1', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();

  // Activity more often than the idle limit keeps the session open beyond it.
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(e2eStaffIdleSeconds * 500);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();
  }

  await page.waitForTimeout((e2eStaffIdleSeconds + 1) * 1000);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '会话已锁定，请重新登录' })).toBeVisible();
  await expect(page.getByTestId('work-items')).toHaveCount(0);
  await expect(page.getByText('已登录：officer1')).toHaveCount(0);
  expect((await context.cookies()).find((c) => c.name === 'yx_session')).toBeUndefined();

  await page.getByRole('link', { name: '重新登录' }).click();
  await page.getByLabel(/用户名/).fill('officer1');
  await page.getByLabel(/密码/).fill('demo-password');
  await page.getByRole('button', { name: /登录/ }).click();
  await answerTotp(page, 'officer1');
  await expect(page).toHaveURL('/staff');
  await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();
});

test('a supervisor searches the audit log, sees the sign-ins and downloads them as CSV', async ({ page }) => {
  const problems = watchForViolations(page);
  await signIn(page, 'supervisor1', '/staff');
  await page.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: '审计日志' }).click();
  await expect(page).toHaveURL('/staff/audit');
  await expect(page.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
  await expect(page.getByTestId('audit-records').locator('tr[data-action="auth.signIn"]').first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('操作', { exact: true }).fill('auth.signIn');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/action=auth\.signIn/);
  const rows = page.getByTestId('audit-records').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBe(await rows.and(page.locator('[data-action="auth.signIn"]')).count());
  await expect(rows.filter({ hasText: 'supervisor1' }).first()).toContainText('成功');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '导出 CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv).toContain('auth.signIn');
  expect(csv).toContain('supervisor1');
  expect(csv).not.toMatch(/cases\.create/);

  await page.goto('/staff/audit?from=yesterday');
  await expect(page.getByText('请输入有效的开始时间。')).toBeVisible();
  expect(problems).toEqual([]);
});

// One citizen sign-in serves the citizen checks: the gateway allows 20 sign-ins per 5 minutes per address.
test('my profile shows the phone and ID number masked, and in full only on request', async ({ page, context }) => {
  const problems = watchForViolations(page);
  // citizen1's own number in the demo population (real-name verification refuses anyone else's).
  const idNumber = residentId('44010419850315201');
  const wrongCheck = idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0');
  await signIn(page, 'citizen1', '/my/profile');
  await expect(page.getByRole('heading', { level: 1, name: '我的资料' })).toBeVisible();

  await page.getByLabel('姓名').fill('陈小明');
  await page.getByLabel('手机号码', { exact: true }).fill('13800138000');
  await page.getByLabel('身份证号码', { exact: true }).fill(wrongCheck);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('身份证号码最后一位校验码不正确，请核对。')).toBeVisible();
  await expect(page.getByLabel('身份证号码', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('身份证号码', { exact: true }).fill(idNumber);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('profile-result')).toHaveText('资料已保存。');
  const saved = page.getByTestId('profile');
  await expect(saved.locator('[data-field="idNumber"]')).toHaveText(`440104********${idNumber.slice(-4)}`);
  await expect(saved.locator('[data-field="phone"]')).toHaveText('138****8000');
  // Nowhere on the page, and not in the form either.
  expect(await page.content()).not.toContain(idNumber);
  expect(await page.content()).not.toContain('13800138000');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: '显示完整号码' }).click();
  const revealed = page.getByTestId('revealed');
  await expect(revealed.locator('[data-field="idNumber"]')).toHaveText(idNumber);
  await expect(revealed.locator('[data-field="phone"]')).toHaveText('13800138000');
  await page.getByRole('button', { name: '隐藏' }).click();
  await expect(page.getByTestId('revealed')).toHaveCount(0);

  await page.reload();
  expect(await page.content()).not.toContain(idNumber);
  await expect(page.getByTestId('profile').locator('[data-field="idNumber"]')).toHaveText(
    `440104********${idNumber.slice(-4)}`,
  );
  expect(problems).toEqual([]);

  // A citizen gets no access to the audit log or its export.
  await page.goto('/staff/audit');
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
  await expect(page.getByTestId('audit-records')).toHaveCount(0);
  expect((await page.request.get('/staff-audit-export')).status()).toBe(403);
  // Nor to the supervision figures or the case list they export.
  await page.goto('/staff/supervision');
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
  expect((await page.request.get('/staff-supervision-export/cases.csv')).status()).toBe(403);

  // The session cookie is httpOnly, SameSite=Lax and encrypted (a JWE has five parts; the token, a JWS, three).
  const cookie = (await context.cookies()).find((c) => c.name === 'yx_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  expect(cookie?.value.split('.')).toHaveLength(5);
  // Sign-out clears it, and the identity provider's session with it.
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL('/');
  expect((await context.cookies()).find((c) => c.name === 'yx_session')).toBeUndefined();
  await page.goto('/my/profile');
  await expect(page.getByLabel(/用户名/)).toBeVisible();
});
