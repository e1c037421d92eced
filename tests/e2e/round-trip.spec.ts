import { expect, test } from '@playwright/test';
import { samplePdf, signIn } from './support.js';

// One application travels the whole skeleton: upload (presigned S3 PUT) → case (DynamoDB) → workflow
// (Step Functions, human step) → staff decision → status → notification outbox.
test.describe.configure({ mode: 'serial' });

const title = `居住证明开具 ${Date.now()}`;
let caseNumber = '';

test('a citizen applies with a PDF and gets a case number', async ({ page }) => {
  await signIn(page, 'citizen1', '/apply');
  await expect(page.getByRole('heading', { level: 1, name: '在线申请' })).toBeVisible();

  await page.getByLabel('申请事项').fill(title);
  await page.getByLabel('申请说明').fill('本人因办理入学手续，需要开具居住证明。');
  await page
    .getByLabel('上传材料')
    .setInputFiles({ name: '户口本.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await expect(page.getByText('已上传：户口本.pdf')).toBeVisible();

  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已提交' })).toBeVisible();
  caseNumber = (await page.getByTestId('case-number').textContent())?.trim() ?? '';
  expect(caseNumber).toMatch(/^YX-\d{8}-\d{6}$/);
});

test('an officer sees the work item in /staff and approves it', async ({ page }) => {
  expect(caseNumber, 'needs the case from the previous test').not.toBe('');
  await signIn(page, 'officer1', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();

  // The workflow opens the work item asynchronously: reload until it shows.
  const row = page.locator(`tr[data-case-number="${caseNumber}"]`);
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText(title);

  await row.getByRole('link', { name: `办理 ${caseNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${caseNumber}` })).toBeVisible();
  await page.getByRole('textbox', { name: '意见' }).fill('材料齐全，同意。');
  await page.getByRole('button', { name: '通过', exact: true }).click();
  await expect(page.getByTestId('decision-result')).toContainText('已审批通过');

  await page.getByRole('link', { name: '返回待办事项' }).first().click();
  await expect(page.locator(`tr[data-case-number="${caseNumber}"]`)).toHaveCount(0);
});

test('the citizen sees the case approved, with its timeline', async ({ page }) => {
  await signIn(page, 'citizen1', '/my/cases');
  const row = page.locator(`tr[data-case-number="${caseNumber}"]`);
  await expect(async () => {
    await page.reload();
    await expect(row.locator('[data-status="approved"]')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText('已通过');

  await row.getByRole('link', { name: `查看 ${caseNumber} 的详情` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${caseNumber}` })).toBeVisible();
  const timeline = page.locator('ol.timeline');
  await expect(timeline.locator('[data-status="submitted"]')).toBeVisible();
  await expect(timeline.locator('[data-status="approved"]')).toBeVisible();
});

test('an admin sees the notification in the outbox', async ({ page }) => {
  await signIn(page, 'admin1', '/staff/outbox');
  await expect(page.getByRole('heading', { level: 1, name: '通知发送记录' })).toBeVisible();
  await expect(page.getByTestId('outbox').getByRole('row').filter({ hasText: caseNumber })).toBeVisible();
});
