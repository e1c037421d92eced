import { expect, test } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { approvedCertificate } from './certificate-case.js';
import { expectNoAxeViolations, signIn } from './support.js';

// The issuing department renews an e-certificate (issue 16 item 4): an officer checks it on the staff page,
// renews it with a reason and a new validity end; the holder's wallet shows the new one valid and the old one
// replaced, and the public /verify page shows the old one as revoked because it was renewed.
for (const width of [1280, 375]) {
  test(`an officer renews a certificate; the wallet and /verify show the replacement (${width} px)`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const number = await approvedCertificate('citizen1');
    const wallet = await request.get('/api/me/certificates', {
      headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
    });
    const credential = ((await wallet.json()) as { items: { number: string; credential: string }[] }).items.find(
      (c) => c.number === number,
    )!.credential;
    await page.setViewportSize({ width, height: 812 });

    await signIn(page, 'officer1', '/staff/counter/verify');
    await page.getByLabel('电子证照').fill(credential);
    await page.getByRole('button', { name: '核验' }).click();
    await expect(page.getByTestId('staff-verification')).toHaveAttribute('data-status', 'valid');
    const actions = page.getByTestId('certificate-actions');
    await expect(actions.getByRole('heading', { name: '延续换证或撤销（发证部门）' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A validity that does not end after now is refused by the API, and the field says so.
    const renewForm = page.getByTestId('renew-form');
    await renewForm.getByLabel('原因').fill('资格年审通过，延续');
    await renewForm.getByLabel('新证有效期至').fill('2020-01-01');
    await renewForm.getByRole('button', { name: '延续换证' }).click();
    await expect(renewForm.getByText('请选择今天以后的日期。')).toBeVisible();
    await expect(renewForm.getByLabel('新证有效期至')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await renewForm.getByLabel('原因').fill('资格年审通过，延续');
    await renewForm.getByLabel('新证有效期至').fill('2999-12-31');
    await renewForm.getByRole('button', { name: '延续换证' }).click();
    const done = page.getByTestId('renewal-done');
    await expect(done).toHaveAttribute('data-number', `${number}-R1`);
    await expect(done).toContainText(`${number}-R1`);
    await expectNoAxeViolations(page);

    // The holder's wallet: the new certificate valid and naming the old one, the old one shown as replaced.
    await page.context().clearCookies();
    await signIn(page, 'citizen1', '/my/certificates');
    const renewed = page.locator(`[data-certificate-number="${number}-R1"]`);
    await expect(renewed).toHaveAttribute('data-status', 'valid');
    await expect(renewed).toContainText(number);
    const replaced = page.locator(`[data-certificate-number="${number}"]`);
    await expect(replaced).toHaveAttribute('data-status', 'replaced');
    await expect(replaced.getByTestId('replaced-by')).toContainText(`${number}-R1`);
    await expectNoAxeViolations(page);

    // Anyone checking the old credential sees it revoked because it was renewed.
    await page.goto('/zh-CN/verify');
    await expect(page.locator('form[data-keys-ready="true"]')).toBeVisible();
    await page.getByLabel('电子证照').fill(credential);
    await page.getByRole('button', { name: '核验' }).click();
    const outcome = page.getByTestId('verification');
    await expect(outcome).toHaveAttribute('data-status', 'revoked');
    await expect(outcome).toHaveAttribute('data-renewed', 'true');
    await expect(outcome).toContainText('已延续换证');
    await expectNoAxeViolations(page);
  });
}

test('a counter clerk checks certificates but is not offered renewal or revocation', async ({ page, request }) => {
  test.setTimeout(180_000);
  const number = await approvedCertificate('citizen1');
  const wallet = await request.get('/api/me/certificates', {
    headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
  });
  const credential = ((await wallet.json()) as { items: { number: string; credential: string }[] }).items.find(
    (c) => c.number === number,
  )!.credential;
  await signIn(page, 'clerk1', '/staff/counter/verify');
  await page.getByLabel('电子证照').fill(credential);
  await page.getByRole('button', { name: '核验' }).click();
  await expect(page.getByTestId('staff-verification')).toHaveAttribute('data-status', 'valid');
  await expect(page.getByTestId('certificate-actions')).toHaveCount(0);
});

// Revocation, next to renewal on the same page, until now only reachable through the API.
for (const width of [1280, 375]) {
  test(`an officer revokes a certificate from the staff check (${width} px)`, async ({ page, request }) => {
    test.setTimeout(180_000);
    const number = await approvedCertificate('citizen1');
    const wallet = await request.get('/api/me/certificates', {
      headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
    });
    const credential = ((await wallet.json()) as { items: { number: string; credential: string }[] }).items.find(
      (c) => c.number === number,
    )!.credential;
    await page.setViewportSize({ width, height: 812 });
    await signIn(page, 'officer1', '/staff/counter/verify');
    await page.getByLabel('电子证照').fill(credential);
    await page.getByRole('button', { name: '核验' }).click();
    const revokeForm = page.getByTestId('revoke-form');
    await revokeForm.getByRole('button', { name: '撤销本证' }).click();
    await expect(revokeForm.getByText('请填写 2 至 500 字的原因。')).toBeVisible();
    await expectNoAxeViolations(page);
    await revokeForm.getByLabel('原因').fill('证照信息有误');
    await revokeForm.getByRole('button', { name: '撤销本证' }).click();
    await expect(page.getByTestId('revocation-done')).toBeVisible();

    await page.getByLabel('电子证照').fill(credential);
    await page.getByRole('button', { name: '核验' }).click();
    await expect(page.getByTestId('staff-verification')).toHaveAttribute('data-status', 'revoked');
    // A revoked certificate can no longer be renewed or revoked: the actions are gone.
    await expect(page.getByTestId('certificate-actions')).toHaveCount(0);
  });
}
