import { expect, test } from '@playwright/test';
import { decideByApi, fileOnlineCase, tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// The staff case page (issue 13 §8, 退回重审): personal answers masked by one rule with an audited 显示, the
// head's return to the review with a reason shown to the officer — at desktop width and on a 375 px phone.
test.describe.configure({ mode: 'serial' });

const reason = '请再核实申请人年龄证明材料';

for (const width of [1280, 375]) {
  test(`the officer sees personal answers masked and reveals them on purpose (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 812 });
    const { caseId, answers } = await fileOnlineCase(request, await tokenFor(request, 'citizen1'));
    const name = answers.applicantName as string;
    const idNumber = answers.idNumber as string;
    await signIn(page, 'officer1', `/staff/cases/${caseId}`);
    await page.goto(`/staff/cases/${caseId}`);
    await expect(page.getByTestId('case-applicant')).toHaveText(`${Array.from(name)[0]}**`);
    await expect(page.locator('[data-field="idNumber"]')).toHaveText(
      `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
    );
    await expect(page.locator('main')).not.toContainText(name);
    await expect(page.getByRole('link', { name: '申请回执（PDF）' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '显示' }).click();
    await expect(page.getByTestId('case-applicant')).toHaveText(name);
    await expect(page.locator('[data-field="idNumber"]')).toHaveText(idNumber);
    await expect(page.getByRole('button', { name: '隐藏' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the head returns a case for review with a reason, and the officer reads it (375 px)', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const { caseId } = await fileOnlineCase(request, await tokenFor(request, 'citizen1'));
  await decideByApi(request, await tokenFor(request, 'officer1'), caseId, 'accept', 'accept');
  await decideByApi(request, await tokenFor(request, 'officer1'), caseId, 'review', 'approve');
  await signIn(page, 'head1', `/staff/cases/${caseId}`);
  await expect(async () => {
    await page.goto(`/staff/cases/${caseId}`);
    await expect(page.getByRole('radio', { name: '退回重审', exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('radio', { name: '退回重审', exact: true }).check();
  await page.getByRole('button', { name: '提交意见' }).click();
  await expect(page.getByText(/请填写理由/)).toBeVisible();
  await page.getByRole('radio', { name: '退回重审', exact: true }).check();
  await page.getByLabel(/意见说明/).fill(reason);
  await page.getByRole('button', { name: '提交意见' }).click();

  await page.context().clearCookies();
  await signIn(page, 'officer1', `/staff/cases/${caseId}`);
  await expect(async () => {
    await page.goto(`/staff/cases/${caseId}`);
    await expect(page.locator('[data-event="returned_for_review"]')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const entry = page.locator('[data-event="returned_for_review"]');
  await expect(entry).toContainText('负责人退回重审');
  await expect(entry).toContainText(reason);
  await expectNoAxeViolations(page);
});
