import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { totpFor } from '../support/totp.js';

export const demoPassword = 'demo-password';
/**
 * STAFF_IDLE_SECONDS of the e2e server (production: 900): short enough to test the lock in seconds, long
 * enough that an axe scan of a long page on a busy machine does not lock a test's own session (8 s did).
 */
export const e2eStaffIdleSeconds = 20;

/**
 * Signs in through the portal's real OAuth2 flow: /auth/sign-in → the identity provider's form →
 * /auth/callback → back to `returnTo`.
 */
export async function signIn(page: Page, username: string, returnTo = '/'): Promise<void> {
  await page.goto(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(/用户名/).fill(username);
  await page.getByLabel(/密码/).fill(demoPassword);
  await page.getByRole('button', { name: /登录/ }).click();
  await answerTotp(page, username);
  await expect(page).toHaveURL((url) => url.pathname === returnTo.split('?')[0]);
}

/**
 * After the password, users with MFA on (staff, citizen4) answer the identity provider's TOTP challenge
 * with their authenticator code (tests/support/totp.ts); others go straight on.
 */
export async function answerTotp(page: Page, username: string): Promise<void> {
  if (!totpFor(username)) return;
  const field = page.getByLabel(/动态验证码/);
  await expect(field).toBeVisible();
  // Computed now, not before the page showed, so a 30-second step boundary in between does not matter.
  await field.fill(totpFor(username) ?? '');
  await page.getByRole('button', { name: /验证/ }).click();
}

/** The password shortcut's body for a demo user: the demo password, and the authenticator code if MFA is on. */
export function credentials(username: string): { username: string; password: string; totp?: string } {
  const totp = totpFor(username);
  return { username, password: demoPassword, ...(totp ? { totp } : {}) };
}

/** A minimal valid one-page PDF, so the upload is a real document. */
export function samplePdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** The page has no WCAG 2.1 A/AA violation that axe finds (each named with the elements it concerns). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams a page's metadata after its body on client navigations: wait for the title (every page has
  // one) so axe judges the settled page, not the moment between the two.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The page, reloaded at 375 px, fits the phone's width and passes axe; the viewport goes back to desktop. */
export async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Collects CSP violations and console errors from every page of the test. */
export function watchForViolations(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    // Chromium reports a blocked script or style as a console error naming the Content Security Policy.
    if (message.type() === 'error' && /Content Security Policy|CSP violation/.test(message.text())) {
      problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}
