import { expect, test, type Browser } from '@playwright/test';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { samplePdf, signIn } from './support.js';

// One application travels the whole platform: the item's own form with a checked upload per material
// (presigned S3 PUT) → case (DynamoDB) → workflow (Step Functions, human steps) → acceptance, review and
// decision in /staff → status, result notice and rating → notification outbox.
test.describe.configure({ mode: 'serial' });

const itemCode = '440104-MZ-0007';
const itemName = '高龄老人津贴申领';
const first17 = '44010419380808123';
const idNumber = first17 + residentIdCheckCharacter(first17);
let caseNumber = '';

test('a citizen applies with the item’s form and a PDF per material and gets a case number', async ({ page }) => {
  await signIn(page, 'citizen1', `/services/${itemCode}/apply`);
  await expect(page.getByRole('heading', { level: 1, name: `在线申请：${itemName}` })).toBeVisible();

  await page.getByLabel('居民身份证号码').fill(idNumber);
  await page.getByLabel('联系手机').fill('13900139000');
  await page.getByLabel('联系地址').fill('广州市越秀区北京街道示例路8号');
  await page.getByLabel(/本人承诺所填信息/).check();
  for (const [label, fileName] of [
    ['选择“申请人居民身份证”的文件', '身份证.pdf'],
    ['选择“本人银行账户（社保卡金融账户）”的文件', '社保卡.pdf'],
  ] as const) {
    await page.getByLabel(label).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: samplePdf() });
    await expect(page.getByText(`已检查 ✓ ${fileName}`)).toBeVisible();
  }

  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已提交' })).toBeVisible();
  caseNumber = (await page.getByTestId('case-number').textContent())?.trim() ?? '';
  expect(caseNumber).toMatch(/^YX-\d{8}-\d{6}$/);
});

/** `user` takes the case's open `step` in /staff: opens it from the inbox, chooses the outcome, sends it. */
async function decideInStaffArea(
  browser: Browser,
  user: string,
  step: '受理' | '审核' | '决定',
  outcome: string,
  comment: string,
): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user, '/staff');
  await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();

  // The workflow opens each work item asynchronously: reload until it shows.
  const row = page.locator(`tr[data-case-number="${caseNumber}"]`);
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText(itemName);

  await row.getByRole('link', { name: `办理 ${caseNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${caseNumber}` })).toBeVisible();
  const decision = page.getByRole('group', { name: `${step}意见` });
  await decision.getByLabel(outcome).check();
  await page.getByLabel(/意见说明/).fill(comment);
  await page.getByRole('button', { name: '提交意见' }).click();
  // Once decided, the step's form gives way (to the result, or to the case without a step for this user).
  await expect(decision).toBeHidden();
  await expect(page.getByTestId('decision-error')).toHaveCount(0);
  await context.close();
}

test('an officer accepts and reviews the case in /staff and the head approves it', async ({ browser }) => {
  expect(caseNumber, 'needs the case from the previous test').not.toBe('');
  await decideInStaffArea(browser, 'officer1', '受理', '予以受理', '材料齐全，予以受理。');
  await decideInStaffArea(browser, 'officer1', '审核', '审核通过', '符合高龄津贴条件。');
  await decideInStaffArea(browser, 'head1', '决定', '准予批准', '同意发放。');
});

test('the citizen sees the case completed, with its progress and result notice, and rates it', async ({ page }) => {
  await signIn(page, 'citizen1', '/my/cases');
  const row = page.locator(`tr[data-case-number="${caseNumber}"]`);
  await expect(async () => {
    await page.reload();
    await expect(row.locator('[data-status="completed"]')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText(itemName);

  await row.getByRole('link', { name: `查看 ${caseNumber} 的详情` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${caseNumber}` })).toBeVisible();
  const progress = page.getByTestId('case-progress');
  for (const status of ['submitted', 'accepted', 'approved', 'completed']) {
    await expect(progress.locator(`[data-status="${status}"]`)).toBeVisible();
  }
  await expect(page.getByRole('region', { name: '办理结果' })).toContainText('同意发放。');
  const notice = await page.request.get((await page.getByTestId('result-link').getAttribute('href'))!);
  expect(notice.status()).toBe(200);
  expect(notice.headers()['content-type']).toBe('application/pdf');

  await page.getByLabel('4 分：满意').check();
  await page.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByTestId('rating')).toContainText('您的评价：4 分');
});

test('an admin sees the notification in the outbox', async ({ page }) => {
  await signIn(page, 'admin1', '/staff/outbox');
  await expect(page.getByRole('heading', { level: 1, name: '通知发送记录' })).toBeVisible();
  await expect(page.getByTestId('outbox').getByRole('row').filter({ hasText: caseNumber }).first()).toBeVisible();
});
