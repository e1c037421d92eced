import { expect, test, type Page } from '@playwright/test';
import { decideByApi, fileOnlineCase, tokenFor, type Filed } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// Issue 13 (D2): the inbox filters by status, and a case the head returned for review (退回重审) shows
// the head's reason in the officer's inbox — at desktop width and as a card at 375 px, axe clean; its
// due date is written as a day in Chinese, like every other date.
test.describe.configure({ mode: 'serial' });

const reason = '请补充核实申请人户籍信息后再报';
let filed: Filed;

test.beforeAll(async ({ request }) => {
  filed = await fileOnlineCase(request, await tokenFor(request, 'citizen1'));
  await decideByApi(
    request,
    await tokenFor(request, 'officer1'),
    filed.caseId,
    'accept',
    'accept',
    '材料齐全，予以受理',
  );
  await decideByApi(request, await tokenFor(request, 'officer1'), filed.caseId, 'review', 'approve', '符合条件');
  await decideByApi(request, await tokenFor(request, 'head1'), filed.caseId, 'decide', 'returned', reason);
});

async function openReturned(page: Page) {
  await signIn(page, 'officer1', '/staff');
  await page.getByLabel('办理状态').selectOption('returned');
  await page.getByLabel('办件编号').fill(filed.caseNumber);
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/status=returned/);
  const row = page.locator(`[data-case-number="${filed.caseNumber}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  return row;
}

test('the officer filters the inbox to returned cases and reads the head’s reason', async ({ page }) => {
  const row = await openReturned(page);
  await expect(page.locator('[data-work-item]')).toHaveCount(1);
  await expect(row).toHaveAttribute('data-state', 'returned');
  await expect(row).toContainText('退回重审');
  await expect(row.getByTestId('returned-reason')).toContainText(`退回重审理由：${reason}`);
  await expect(row.getByTestId('returned-reason')).toContainText('（head1 退回）');
  const deadline = row.getByTestId('deadline');
  await expect(deadline).toContainText(/\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(deadline).not.toContainText(/\d{4}-\d{2}-\d{2}/);
  // Axe last: a staff session locks after a few idle seconds in the e2e server.
  await expectNoAxeViolations(page);
});

test('the same case is not among the new ones', async ({ page }) => {
  await openReturned(page);
  await page.getByLabel('办理状态').selectOption('new');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/status=new/);
  await expect(page.locator('[data-work-item]')).toHaveCount(0);
  await expect(page.getByTestId('inbox-matching')).toHaveText('符合条件 0 项');
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the returned card shows the reason within the screen’s width, axe clean', async ({ page }) => {
    const row = await openReturned(page);
    const reasonBox = (await row.getByTestId('returned-reason').boundingBox())!;
    expect(reasonBox.x).toBeGreaterThanOrEqual(0);
    expect(reasonBox.x + reasonBox.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page);
  });
});
