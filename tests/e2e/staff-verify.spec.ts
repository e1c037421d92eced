import { expect, test } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { approvedCertificate } from './certificate-case.js';
import { expectNoAxeViolations, signIn } from './support.js';

// A counter clerk checks an e-certificate a citizen shows on a phone (证照核查, issue 16 item 5): the QR
// code's content pasted into the staff page is verified online by the API (which audits it as the clerk's).
for (const width of [1280, 375]) {
  test(`a counter clerk verifies a certificate shown on a phone (${width} px)`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const number = await approvedCertificate('citizen1');
    const wallet = await request.get('/api/me/certificates', {
      headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
    });
    const credential = ((await wallet.json()) as { items: { number: string; credential: string }[] }).items.find(
      (c) => c.number === number,
    )!.credential;
    await page.setViewportSize({ width, height: 812 });

    await signIn(page, 'clerk1', '/staff/counter');
    await page.getByRole('link', { name: '核验群众出示的电子证照' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '核验群众出示的电子证照' })).toBeVisible();
    await page.getByLabel('电子证照').fill(`http://localhost:3000/verify#${credential}`);
    await page.getByRole('button', { name: '核验' }).click();
    const outcome = page.getByTestId('staff-verification');
    await expect(outcome).toHaveAttribute('data-status', 'valid');
    await expect(outcome).toContainText(number);
    await expect(outcome).toContainText('本次核验已记入审计日志');
    await expectNoAxeViolations(page);

    await page.getByLabel('电子证照').fill(`${credential.slice(0, -4)}AAAA`);
    await page.getByRole('button', { name: '核验' }).click();
    await expect(outcome).toHaveAttribute('data-status', 'invalid-signature');
  });
}

// The page is in the staff navigation for every role that may verify, not only behind the counter's link.
for (const width of [1280, 375]) {
  test(`an officer opens the certificate check from the staff navigation (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 812 });
    await signIn(page, 'officer1', '/staff');
    const nav = page.getByRole('navigation', { name: '工作台导航' });
    await nav.getByRole('link', { name: '证照核验' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '核验群众出示的电子证照' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '证照核验' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page);
  });
}

test('on the certificate check, the counter’s link is not marked current', async ({ page }) => {
  await signIn(page, 'clerk1', '/staff/counter/verify');
  const nav = page.getByRole('navigation', { name: '工作台导航' });
  await expect(nav.getByRole('link', { name: '证照核验' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: '窗口收件' })).not.toHaveAttribute('aria-current', 'page');
});
