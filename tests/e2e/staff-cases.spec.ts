import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { decideByApi, fileOnlineCase, guideOf, itemCode, tokenFor, type Filed } from './case-api.js';
import { expectNoAxeViolations, samplePdf, signIn } from './support.js';

// The staff side of a case: officers accept and review it in the inbox, the head decides, the supervisor
// sees it in the figures and the CSV; a clerk files another case at the counter and prints its receipt.
test.describe.configure({ mode: 'serial' });

/** An online civil-affairs item with accept, review (officer) and decide (head) steps. */
const itemName = '高龄老人津贴申领';

/** Reloads the inbox until the case's item of `step` shows (the workflow opens items asynchronously). */
async function inboxRow(page: Page, filed: Filed, step: string) {
  const row = page.locator(`tr[data-case-number="${filed.caseNumber}"][data-step="${step}"]`);
  await expect(async () => {
    await page.goto('/staff');
    await expect(row).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  return row;
}

/** Chooses an outcome on the open case page and sends it. */
async function decide(page: Page, outcome: string, comment = '') {
  await page.getByRole('radio', { name: outcome, exact: true }).check();
  if (comment) await page.getByLabel(/意见说明/).fill(comment);
  await page.getByRole('button', { name: '提交意见' }).click();
}

let citizenToken = '';
let filed: Filed;
let raced: Filed;

test.beforeAll(async ({ playwright }, testInfo) => {
  const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  citizenToken = await tokenFor(request, 'citizen1');
  filed = await fileOnlineCase(request, citizenToken);
  raced = await fileOnlineCase(request, citizenToken);
  await request.dispose();
});

test('an officer claims the acceptance, accepts, and approves the review in /staff', async ({ page }) => {
  await signIn(page, 'officer1', '/staff');
  await expect(page.getByRole('heading', { level: 1, name: '待办事项' })).toBeVisible();
  const row = await inboxRow(page, filed, 'accept');
  await expect(row).toContainText(itemName);
  await expect(row).toContainText('受理');
  await expect(row).toContainText('未开始计时');
  await expect(row.getByTestId('claimed-by')).toHaveText('未认领');
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: `认领 ${filed.caseNumber}` }).click();
  await expect(row.getByTestId('claimed-by')).toHaveText('由我办理');
  await expect(row.getByRole('button', { name: `释放 ${filed.caseNumber}` })).toBeVisible();

  await row.getByRole('link', { name: `办理 ${filed.caseNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${filed.caseNumber}` })).toBeVisible();
  // Personal answers are masked until the officer asks to see them (audited).
  await expect(page.locator('[data-field="applicantName"]')).toHaveText('张**');
  await expect(page.getByTestId('case-deadline')).toContainText('受理后开始计算');
  const preview = page.getByRole('link', { name: '预览 材料0.pdf' });
  const file = await page.request.get((await preview.getAttribute('href'))!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('application/pdf');
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(page.getByTestId('case-timeline').locator('[data-status="submitted"]')).toBeVisible();
  await expectNoAxeViolations(page);

  await decide(page, '予以受理');
  await expect(page.getByTestId('decision-result')).toContainText('已提交：予以受理');

  // Review: a correction needs a reason; then the officer recommends approval.
  await (await inboxRow(page, filed, 'review')).getByRole('link', { name: `办理 ${filed.caseNumber}` }).click();
  await expect(page.getByTestId('case-deadline')).toContainText('正常');
  await decide(page, '要求补正');
  await expect(page.getByText('请填写理由：申请人需要知道要补正什么，或为什么不予通过。')).toBeVisible();
  await decide(page, '审核通过', '符合高龄津贴条件。');
  await expect(page.getByTestId('decision-result')).toContainText('已提交：审核通过');

  // Supervision is for supervisors and heads: an officer gets neither the figures nor the export.
  await expect(
    page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '电子监察' }),
  ).toHaveCount(0);
  await page.goto('/staff/supervision');
  await expect(page.getByRole('heading', { level: 1, name: '无权访问' })).toBeVisible();
  expect((await page.request.get('/staff-supervision-export/cases.csv')).status()).toBe(403);
});

test('a decision a colleague already sent is refused with a clear message', async ({ page, request }) => {
  await signIn(page, 'officer1', '/staff');
  await (await inboxRow(page, raced, 'accept')).getByRole('link', { name: `办理 ${raced.caseNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${raced.caseNumber}` })).toBeVisible();

  // Meanwhile a colleague decides the item (the department's head takes it over). The same person sending
  // the same decision again is an idempotent retry and answered as sent, so it must be someone else.
  const officer = await tokenFor(request, 'officer1');
  const inbox = (await (
    await request.get(`/api/work-items?caseId=${raced.caseId}`, { headers: { authorization: `Bearer ${officer}` } })
  ).json()) as { items: { caseId: string; workItemId: string }[] };
  const item = inbox.items.find((i) => i.caseId === raced.caseId)!;
  const head = await tokenFor(request, 'head1');
  const elsewhere = await request.post(`/api/work-items/${item.workItemId}/decision`, {
    headers: { authorization: `Bearer ${head}` },
    data: { outcome: 'accept', comment: '' },
  });
  expect(elsewhere.status()).toBe(200);

  await decide(page, '予以受理');
  await expect(page.getByTestId('decision-result')).toHaveText(/此事项已由他人处理，无需重复办理。/);
});

test('the head decides the case, and the citizen sees it completed', async ({ page, request }) => {
  await signIn(page, 'head1', '/staff');
  await (await inboxRow(page, filed, 'decide')).getByRole('link', { name: `办理 ${filed.caseNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${filed.caseNumber}` })).toBeVisible();
  await decide(page, '准予批准', '同意发放。');
  await expect(page.getByTestId('decision-result')).toContainText('已提交：准予批准');

  await expect(async () => {
    const res = await request.get(`/api/cases/${filed.caseId}`, {
      headers: { authorization: `Bearer ${citizenToken}` },
    });
    expect(((await res.json()) as { status: string }).status).toBe('completed');
  }).toPass({ timeout: 30_000 });
});

test('the supervisor sees the figures and downloads the case list as CSV', async ({ page }) => {
  await signIn(page, 'supervisor1', '/staff/supervision');
  await expect(page.getByRole('heading', { level: 1, name: '电子监察' })).toBeVisible();
  await expect(page.getByTestId('supervision-figures').locator('[data-figure="cases"]')).toBeVisible();
  const civil = page.getByTestId('supervision-departments').locator('tr[data-department="civil-affairs"]');
  await expect(civil).toContainText('越秀区民政局');
  await expect(page.getByTestId('chart-online')).toContainText('目标 95%');
  await expect(page.getByRole('img', { name: /各部门网上办理率/ })).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '导出办件清单（CSV）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^cases-.*\.csv$/);
  const csv = readFileSync((await download.path()) as string, 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'caseNumber,itemCode,itemNameZh,itemNameEn,department,channel,status,createdAt,acceptedAt,dueDate,decidedAt,onTime,rating,' +
      'acceptBy,acceptRole,acceptAt,acceptOutcome,acceptOpinion,reviewBy,reviewRole,reviewAt,reviewOutcome,reviewOpinion,decideBy,decideRole,decideAt,decideOutcome,decideOpinion',
  );
  expect(csv).toMatch(
    new RegExp(`^${filed.caseNumber},${itemCode},${itemName},.*,civil-affairs,online,completed,`, 'm'),
  );
  expect(csv).not.toContain('张晓明');
});

test('a clerk files a case at the counter for a citizen and opens the receipt', async ({ page, request }) => {
  const guide = await guideOf(request);
  await signIn(page, 'clerk1', '/staff/counter');
  await expect(page.getByRole('heading', { level: 1, name: '窗口收件' })).toBeVisible();
  await page.getByLabel('事项名称或关键词').fill('高龄老人津贴');
  await page.getByRole('button', { name: '查找' }).click();
  await page.getByRole('link', { name: `为群众办理：${itemName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `窗口收件：${itemName}` })).toBeVisible();

  for (const field of guide.form.sections.flatMap((s) => s.fields)) {
    if (field.example === undefined) continue;
    const input = page.locator(`#answer-${field.id}`);
    if (field.type === 'checkbox') await input.check();
    else if (field.type === 'radio')
      await page.locator(`input[name="answer-${field.id}"][value="${field.example}"]`).check();
    else if (field.type === 'select') await input.selectOption(String(field.example));
    else await input.fill(String(field.example));
  }
  for (const [index, material] of guide.materials.entries()) {
    if (!material.required) continue;
    const fileName = `扫描件${index}.pdf`;
    await page
      .locator(`#file-${index}`)
      .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: samplePdf() });
    await expect(page.getByText(`已检查 ✓ ${fileName}`)).toBeVisible();
  }

  // Without the ID check the case is not filed.
  await page.getByRole('button', { name: '当场受理并生成受理通知书' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('请当面核验申请人的居民身份证');
  await page.getByLabel(/我已当面核验申请人的居民身份证原件/).check();
  await page.getByRole('button', { name: '当场受理并生成受理通知书' }).click();

  await expect(page).toHaveURL(/\/staff\/counter\/filed\//);
  await expect(page.getByRole('heading', { level: 1, name: '已当场受理' })).toBeVisible();
  await expect(page.getByTestId('case-number')).toHaveText(/^YX-\d{8}-\d{6}$/);
  await expect(page.getByTestId('counter-result')).toContainText('办结期限：');
  const receipt = await page.request.get((await page.getByTestId('receipt-link').getAttribute('href'))!);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toBe('application/pdf');
  expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a clerk hands a result over at the station and the case is completed', async ({ page, request }) => {
  const officer = await tokenFor(request, 'officer1');
  const head = await tokenFor(request, 'head1');
  const atStation = await fileOnlineCase(request, citizenToken, { method: 'station', street: 'beijing' });
  await decideByApi(request, officer, atStation.caseId, 'accept', 'accept');
  await decideByApi(request, officer, atStation.caseId, 'review', 'approve');
  await decideByApi(request, head, atStation.caseId, 'decide', 'approved');

  await signIn(page, 'clerk1', '/staff');
  const row = await inboxRow(page, atStation, 'handover');
  await expect(row).toContainText('送达');
  await expect(row).toContainText('已作出决定，待交付结果');
  await row.getByRole('link', { name: `办理 ${atStation.caseNumber}` }).click();
  await decide(page, '已将结果交给申请人');
  await expect(page.getByTestId('decision-result')).toContainText('已提交：已将结果交给申请人');

  await expect(async () => {
    const res = await request.get(`/api/cases/${atStation.caseId}`, {
      headers: { authorization: `Bearer ${citizenToken}` },
    });
    const body = (await res.json()) as { status: string; handedOverAt?: string };
    expect(body.status).toBe('completed');
    expect(body.handedOverAt).toBeDefined();
  }).toPass({ timeout: 30_000 });
});
