import { expect, test } from '@playwright/test';
import { decideByApi, fileReliefCase, tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// 综合救助 on the staff case page: two programs of one department (civil affairs) are two work items, each with
// its own opinion form named by its program, decided separately in the browser; the household entered once is
// shown with the members' names masked until the officer reveals them — at desktop width and on a 375 px phone.
test.describe.configure({ mode: 'serial' });

for (const width of [1280, 375]) {
  test(`civil affairs decides two programs of one relief case separately and sees the household (${width} px)`, async ({
    page,
    request,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width, height: 812 });
    const filed = await fileReliefCase(request, await tokenFor(request, 'citizen1'), ['MZ-DIBAO', 'MZ-GAOLING']);
    await decideByApi(request, await tokenFor(request, 'officer1'), filed.caseId, 'accept', 'accept');

    const path = `/staff/cases/${filed.caseId}`;
    await signIn(page, 'officer1', path);
    const dibao = page.locator('[data-testid="work-item"][data-program="MZ-DIBAO"]');
    const gaoling = page.locator('[data-testid="work-item"][data-program="MZ-GAOLING"]');
    await expect(async () => {
      await page.goto(path);
      await expect(gaoling).toBeVisible({ timeout: 1_000 });
      await expect(dibao).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(dibao.getByRole('heading', { level: 3 })).toHaveText('最低生活保障：部门意见环节');
    await expect(gaoling.getByRole('heading', { level: 3 })).toHaveText('高龄老人津贴：部门意见环节');

    // The household, the names masked.
    const household = page.getByTestId('case-household');
    await expect(household.getByTestId('household-member')).toHaveCount(3);
    await expect(household.getByTestId('household-member').first()).toContainText('陈**');
    await expect(household).not.toContainText('陈小明');
    await expect(household.getByTestId('household-income')).toContainText('3,600');
    await expect(household.getByTestId('household-income')).toContainText('1,200');
    await expect(household.getByTestId('household-housing')).toContainText('租住私房，36 平方米');
    await expect(household.getByTestId('household-member').nth(2)).toContainText('二级');
    await expectNoAxeViolations(page);

    // One program refused, the other agreed, each from its own form.
    await gaoling.getByRole('radio', { name: '不同意', exact: true }).check();
    await gaoling.getByLabel(/意见说明/).fill('户籍年龄核实未满 80 周岁');
    await gaoling.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('decision-result')).toContainText('已提交：不同意');
    await expect(gaoling).toHaveCount(0);
    await dibao.getByRole('radio', { name: '同意', exact: true }).check();
    await dibao.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('decision-result')).toContainText('已提交：同意');
    await expect(dibao).toHaveCount(0);

    const progress = page.getByTestId('joint-review');
    await expect(async () => {
      await page.goto(path);
      await expect(progress.locator('[data-program="MZ-DIBAO"]')).toContainText('准予救助', { timeout: 1_000 });
      await expect(progress.locator('[data-program="MZ-GAOLING"]')).toContainText('不予救助', { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(progress.locator('[data-program="MZ-GAOLING"]')).toContainText('户籍年龄核实未满 80 周岁');

    // Revealing (an audited read) shows the members' names.
    await page.getByRole('button', { name: '显示', exact: true }).click();
    await expect(household.getByTestId('household-member').first()).toContainText('陈小明');
    await expectNoAxeViolations(page);
  });
}
