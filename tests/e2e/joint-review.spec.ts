import { expect, test } from '@playwright/test';
import { decideByApi, fileOnlineCase, tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// 联合审批 (issue 20 item 1): one application for 开餐馆一件事 is reviewed in parallel by market supervision (the
// lead), environment and health, each in its own inbox; the lead's head decides on the combined opinions and
// the citizen sees each department's progress — at desktop width and on a 375 px phone.
test.describe.configure({ mode: 'serial' });

const restaurant = '440104-SJ-0007';
const conditions = '开业前须安装油烟净化设施并保持正常运行';

for (const width of [1280, 375]) {
  test(`three departments review a restaurant application in parallel and the lead decides (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 812 });
    // The guide says who reviews the item and who leads.
    await page.goto(`/services/${restaurant}`);
    await expect(page.getByTestId('guide-joint-review')).toContainText('由越秀区市场监督管理局牵头');
    await expect(page.getByTestId('guide-joint-review')).toContainText('广州市越秀区生态环境分局、越秀区卫生健康局');
    const citizen = await tokenFor(request, 'citizen1');
    const { caseId } = await fileOnlineCase(request, citizen, { method: 'download' }, restaurant);
    await decideByApi(request, await tokenFor(request, 'officer2'), caseId, 'accept', 'accept');

    // The environment officer gives their opinion from their own inbox, in the browser.
    await signIn(page, 'officer-environment', `/staff/cases/${caseId}`);
    const withConditions = page.getByRole('radio', { name: '附条件同意', exact: true });
    await expect(async () => {
      await page.goto(`/staff/cases/${caseId}`);
      await expect(withConditions).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(page.getByTestId('joint-review')).toBeVisible();
    await expect(page.locator('[data-department="environment"]')).toHaveAttribute('data-status', 'reviewing');
    await expectNoAxeViolations(page);
    await withConditions.check();
    await page.getByLabel(/意见说明/).fill(conditions);
    await page.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('decision-result')).toContainText('附条件同意');

    // Market supervision and health give theirs through the API.
    await decideByApi(request, await tokenFor(request, 'officer2'), caseId, 'opinion', 'agree');
    await decideByApi(request, await tokenFor(request, 'officer-health'), caseId, 'opinion', 'agree');

    // The lead department's head sees every opinion, with the officers, and decides.
    await page.context().clearCookies();
    await signIn(page, 'head2', `/staff/cases/${caseId}`);
    const approve = page.getByRole('radio', { name: '准予批准', exact: true });
    await expect(async () => {
      await page.goto(`/staff/cases/${caseId}`);
      await expect(approve).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const progress = page.getByTestId('joint-review');
    await expect(progress.locator('[data-department="environment"]')).toContainText(conditions);
    await expect(progress.locator('[data-department="environment"]')).toContainText('officer-environment');
    await expect(progress.locator('[data-department="health"]')).toHaveAttribute('data-status', 'agree');
    await expect(progress.locator('[data-department="market-supervision"]')).toContainText('牵头部门');
    await expectNoAxeViolations(page);
    await approve.check();
    await page.getByLabel(/意见说明/).fill('同意核发，请按生态环境部门的条件整改后开业');
    await page.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('decision-result')).toContainText('准予批准');

    // The citizen sees one case with each department's progress and the conditions meant for them.
    await page.context().clearCookies();
    await signIn(page, 'citizen1', `/my/cases/${caseId}`);
    await expect(async () => {
      await page.goto(`/my/cases/${caseId}`);
      await expect(page.getByText('已办结').first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const mine = page.getByTestId('joint-review');
    await expect(mine.locator('li')).toHaveCount(3);
    await expect(mine.locator('[data-department="environment"]')).toContainText('附条件同意');
    await expect(mine.locator('[data-department="environment"]')).toContainText(conditions);
    await expect(mine.locator('[data-department="health"]')).toContainText('同意');
    await expect(page.locator('main')).not.toContainText('officer-environment');
    await expectNoAxeViolations(page);
  });
}
