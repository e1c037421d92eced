import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { readPdf } from '../unit/pdf/pdf-reader.js';
import { decodeQr } from '../unit/pdf/qr-check.js';
import { approvedCertificate } from './certificate-case.js';
import { expectNoAxeViolations, signIn } from './support.js';

for (const viewport of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 800 },
]) {
  test(`an approved case's e-certificate goes from the wallet's PDF to /verify and verifies offline (${viewport.name})`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const number = await approvedCertificate('citizen1');
    await page.setViewportSize({ width: viewport.width, height: viewport.height });

    await signIn(page, 'citizen1', '/my/certificates');
    await expect(page.getByRole('heading', { level: 1, name: '我的电子证照' })).toBeVisible();
    const card = page.locator(`[data-certificate-number="${number}"]`);
    await expect(card).toContainText('高龄老人津贴资格证明');
    await expect(card.getByRole('img', { name: `${number} 的核验二维码` })).toBeVisible();
    await expectNoAxeViolations(page);
    const credential = (await card.getByTestId('credential-download').getAttribute('data-credential'))!;

    // The PDF rendering: downloaded from the wallet, its QR code read back from the rendered page.
    const downloading = page.waitForEvent('download');
    await card.getByRole('link', { name: '下载证照 PDF（含二维码）' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${number}.pdf`);
    const pdf = await readPdf(new Uint8Array(await readFile((await download.path())!)));
    expect(pdf.text).toContain(number);
    const scanned = (await decodeQr(pdf))!;
    expect(scanned).toMatch(/\/verify#/);
    expect(scanned.slice(scanned.indexOf('#') + 1)).toBe(credential);

    // The verify page once online (it keeps the keys), then the network cut off.
    await page.goto('/zh-CN/verify');
    await expect(page.locator('form[data-keys-ready="true"]')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.setOffline(true);
    // What a phone reads from the printed QR code, pasted as a counter clerk would.
    await page.getByLabel('电子证照').fill(scanned);
    await page.getByRole('button', { name: '核验' }).click();
    const outcome = page.getByTestId('verification');
    await expect(outcome).toHaveAttribute('data-status', 'valid');
    await expect(outcome).toContainText(number);
    await expect(outcome).toContainText('当前离线');

    const [h, p, s] = credential.split('.');
    const vc = JSON.parse(Buffer.from(p!, 'base64url').toString());
    vc.credentialSubject.holder.name = '李四';
    await page.getByLabel('电子证照').fill(`${h}.${Buffer.from(JSON.stringify(vc)).toString('base64url')}.${s}`);
    await page.getByRole('button', { name: '核验' }).click();
    await expect(outcome).toHaveAttribute('data-status', 'invalid-signature');
    await context.setOffline(false);
  });
}
