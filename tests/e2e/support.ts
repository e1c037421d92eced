import { expect, type Page } from '@playwright/test';

export const demoPassword = 'demo-password';
/** STAFF_IDLE_SECONDS of the e2e server (production: 900). */
export const e2eStaffIdleSeconds = 8;

/**
 * Signs in through the portal's real OAuth2 flow: /auth/sign-in → the identity provider's form →
 * /auth/callback → back to `returnTo`.
 */
export async function signIn(page: Page, username: string, returnTo = '/'): Promise<void> {
  await page.goto(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  await page.getByLabel(/用户名/).fill(username);
  await page.getByLabel(/密码/).fill(demoPassword);
  await page.getByRole('button', { name: /登录/ }).click();
  await expect(page).toHaveURL((url) => url.pathname === returnTo.split('?')[0]);
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
