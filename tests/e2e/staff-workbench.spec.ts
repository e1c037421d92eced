import { expect, test } from '@playwright/test';
import { fileOnlineCase, tokenFor, type Filed } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// Issue 13 (D1/D2): staff get a header of their own (who, role, unit, the parts their roles open, no
// citizens' menu) and an inbox with filters, counts and pages — at desktop width and as cards at 375 px.
test.describe.configure({ mode: 'serial' });

let filed: Filed;

test.beforeAll(async ({ request }) => {
  filed = await fileOnlineCase(request, await tokenFor(request, 'citizen1'));
});

test('an officer sees who they are, their workbench navigation and no citizens’ menu', async ({ page }) => {
  await signIn(page, 'officer1', '/staff');
  const identity = page.getByTestId('staff-identity');
  await expect(identity).toContainText('officer1');
  await expect(identity).toContainText('经办人');
  await expect(identity).toContainText('民政');
  const nav = page.getByRole('navigation', { name: '工作台导航' });
  await expect(nav.getByRole('link', { name: '待办事项' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '电子监察' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '审计日志' })).toHaveCount(0);
  for (const citizenLink of ['在线申请', '我的办件', '我的资料']) {
    await expect(page.getByRole('link', { name: citizenLink })).toHaveCount(0);
  }
});

test('a head’s navigation adds supervision; a supervisor’s shows audit and no inbox', async ({ page, browser }) => {
  await signIn(page, 'head1', '/staff');
  const nav = page.getByRole('navigation', { name: '工作台导航' });
  await expect(nav.getByRole('link', { name: '电子监察' })).toBeVisible();
  await expect(page.getByTestId('staff-identity')).toContainText('部门负责人');

  const other = await browser.newContext();
  const supervisor = await other.newPage();
  await signIn(supervisor, 'supervisor1', '/staff/supervision');
  const theirs = supervisor.getByRole('navigation', { name: '工作台导航' });
  await expect(theirs.getByRole('link', { name: '审计日志' })).toBeVisible();
  await expect(theirs.getByRole('link', { name: '待办事项' })).toHaveCount(0);
  await other.close();
});

test('the inbox shows the masked applicant, working days and counts, and filters by case number', async ({ page }) => {
  await signIn(page, 'officer1', '/staff');
  await expect(page.getByTestId('inbox-counts')).toContainText(/全部待办 \d+ 项/);
  await page.getByLabel('办件编号').fill(filed.caseNumber);
  await page.getByRole('button', { name: '筛选' }).click();
  const row = page.locator(`[data-case-number="${filed.caseNumber}"]`);
  await expect(row).toBeVisible();
  await expect(page.locator('[data-work-item]')).toHaveCount(1);
  await expect(page.getByTestId('inbox-matching')).toHaveText('符合条件 1 项');
  await expect(row.getByTestId('applicant')).toHaveText(/^\S\*+$/);
  await expect(row).toContainText('高龄老人津贴申领');
  await expect(row).toContainText('受理');
  await expectNoAxeViolations(page);

  await page.getByLabel('认领状态').selectOption('mine');
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page.locator('[data-work-item]')).toHaveCount(0);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the inbox is a list of cards below a compact header, axe clean', async ({ page }) => {
    await signIn(page, 'officer1', '/staff');
    const row = page.locator('[data-work-item]').first();
    await expect(row).toBeVisible();
    expect(await row.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const header = await page.locator('header').first().boundingBox();
    expect(header!.height).toBeLessThanOrEqual(160);
    expect((await row.boundingBox())!.y).toBeLessThan(812);
    await expect(page.getByTestId('staff-identity')).toBeVisible();
    await page.getByText('菜单', { exact: true }).click();
    await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
