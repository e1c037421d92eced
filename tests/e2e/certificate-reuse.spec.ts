import { expect, test } from '@playwright/test';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { tokenFor } from './case-api.js';
import { approvedCertificate } from './certificate-case.js';
import { expectNoAxeViolations, signIn } from './support.js';

// Reuse of an e-certificate instead of an upload (证照核查, issue 16 item 5): the citizen's approved
// 高龄老人津贴申领 yields a 高龄老人津贴资格证明; 高龄老人助餐配餐服务申请 takes it from the wallet, and the officer
// sees the material as a verified e-certificate, not a file — at desktop width and on a 375 px phone.
const reuseItem = '440104-MZ-0010';
const first17 = '44010419400315123';
const idNumber = first17 + residentIdCheckCharacter(first17);

for (const width of [1280, 375]) {
  test(`the citizen gives a certificate from the wallet and the officer sees it verified (${width} px)`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const number = await approvedCertificate('citizen1');
    await page.setViewportSize({ width, height: 812 });

    await signIn(page, 'citizen1', `/services/${reuseItem}/apply`);
    const choice = page.getByLabel('使用我的电子证照（免交材料）');
    await expect(choice).toBeVisible();
    await choice.selectOption({ label: `高龄老人津贴资格证明 ${number}` });
    await page.getByLabel('居民身份证号码').fill(idNumber);
    await page.getByLabel('联系手机').fill('13800138000');
    await page.getByLabel('联系地址').fill('广州市越秀区北京街道示例路1号');
    await page.getByLabel(/本人承诺所填信息/).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '提交申请' }).click();
    await expect(page.getByRole('heading', { name: '申请已提交' })).toBeVisible();
    const caseNumber = (await page.getByTestId('case-number').textContent())!.trim();

    const mine = (await (
      await request.get('/api/cases', { headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` } })
    ).json()) as { items: { caseId: string; caseNumber: string }[] };
    const caseId = mine.items.find((c) => c.caseNumber === caseNumber)!.caseId;

    // The citizen's case lists the certificate among the materials, like an upload: type, number, holder masked.
    await page.goto(`/my/cases/${caseId}`);
    const given = page.getByTestId('case-materials').locator(`[data-certificate-number="${number}"]`);
    await expect(given).toContainText('电子证照：高龄老人津贴资格证明');
    await expect(given).toContainText(`证照编号：${number}`);
    await expect(given).toContainText(/持证人：\S\*+/);
    await expectNoAxeViolations(page);

    await page.context().clearCookies();
    await signIn(page, 'officer1', `/staff/cases/${caseId}`);
    await page.goto(`/staff/cases/${caseId}`);
    const verified = page.getByTestId('case-certificates').locator(`[data-certificate-number="${number}"]`);
    await expect(verified).toContainText('已核验电子证照');
    await expect(verified).toContainText('越秀区民政局');
    await expect(verified).toContainText('有效，未吊销');
    await expect(verified).toContainText('仍然有效，未吊销');
    await expectNoAxeViolations(page);

    // Revoked after the submission: the case page checks it again when opened, and says so.
    const certificateId = (
      (await (
        await request.get('/api/me/certificates', {
          headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
        })
      ).json()) as { items: { certificateId: string; number: string }[] }
    ).items.find((c) => c.number === number)!.certificateId;
    const revoked = await request.post(`/api/certificates/${certificateId}/revocation`, {
      headers: { authorization: `Bearer ${await tokenFor(request, 'officer1')}` },
      data: { reason: '资格已终止' },
    });
    expect(revoked.status()).toBe(200);
    await page.reload();
    await expect(verified).toHaveAttribute('data-status-now', 'revoked');
    await expect(verified.getByTestId('certificate-status-now')).toContainText('该电子证照在申请提交后已被吊销');
    await expect(verified.getByTestId('certificate-status-now')).toContainText('原因：资格已终止');
    await expectNoAxeViolations(page);
  });
}
