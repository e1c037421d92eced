import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { credentials, expectNoAxeViolations, samplePdf, signIn } from './support.js';

// A citizen applies online for one item with its own form (高龄老人津贴申领: applicant, contact, pledge; two
// materials): errors, a draft resumed in another session, keyboard-only submission with uploads, the case
// page and its receipt, the public lookup the receipt's QR code leads to, correction (补正) and rating.
test.describe.configure({ mode: 'serial' });

const itemCode = '440104-MZ-0007';
const applyPath = `/services/${itemCode}/apply`;
const first17 = '44010419400315123';
const idNumber = first17 + residentIdCheckCharacter(first17);
const address = `广州市越秀区北京街道示例路${Date.now() % 1000}号`;
let caseNumber = '';
let caseId = '';

/**
 * A staff member decides the case's open work item of `step` through the API. The staff screens have their
 * own spec; here the local identity provider's password shortcut (local cloud only) stands in for them.
 */
async function staffDecides(request: APIRequestContext, user: string, step: string, outcome: string, comment = '') {
  const signedIn = await request.post('/api/auth/local/token', { data: credentials(user) });
  const headers = { authorization: `Bearer ${(await signedIn.json()).access_token}` };
  let workItemId = '';
  await expect(async () => {
    const inbox = await (await request.get(`/api/work-items?caseId=${caseId}`, { headers })).json();
    const item = inbox.items.find((i: { caseId: string; step: string }) => i.caseId === caseId && i.step === step);
    expect(item, `${user}'s ${step} work item`).toBeDefined();
    workItemId = item.workItemId;
  }).toPass({ timeout: 30_000 });
  const decided = await request.post(`/api/work-items/${workItemId}/decision`, { headers, data: { outcome, comment } });
  expect(decided.status()).toBe(200);
}

/** Reloads the case page until the case shows `status`. */
async function expectCaseStatus(page: Page, status: string): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.locator(`.case-heading [data-status="${status}"]`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

test('the guide links to the item’s own form, and the old /apply?service= address leads there', async ({ page }) => {
  await page.goto(`/services/${itemCode}`);
  await expect(page.getByRole('main').getByRole('link', { name: '在线申请' })).toHaveAttribute('href', applyPath);
  for (const name of ['下载空白申请表（PDF）', '下载申请表填写示例（PDF）']) {
    const pdf = await page.request.get((await page.getByRole('link', { name }).getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  }

  await signIn(page, 'citizen1', '/my/cases');
  await page.goto(`/apply?service=${itemCode}`);
  await expect(page).toHaveURL(applyPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('在线申请：高龄老人津贴申领');
  await page.goto('/apply');
  await expect(page).toHaveURL('/services');
});

test('problems are listed above the form, link to their fields and pass axe', async ({ page }) => {
  await signIn(page, 'citizen1', applyPath);
  // A new form starts from the profile.
  await expect(page.getByLabel('申请人姓名')).toHaveValue('陈小明');
  await expect(page.getByTestId('draft-status')).toContainText('个人资料');
  await expect(page.getByRole('group', { name: '申请人信息' })).toBeVisible();

  // The verified profile fills the ID number too; emptied here, it must be asked for.
  const idField = page.getByRole('textbox', { name: /^居民身份证号码/ });
  await expect(idField).toHaveValue('440104198503152014');
  await idField.fill('');
  await page.getByLabel('联系手机').fill('12345');
  // Collecting the result at a street's center needs the center.
  await page.getByRole('group', { name: '结果领取方式' }).getByLabel('到街道政务服务中心领取').check();
  await page.getByRole('button', { name: '提交申请' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('role', 'alert');
  await expect(summary.getByRole('heading')).toHaveText(/有 \d+ 处需要修改/);
  for (const message of [
    '请填写居民身份证号码',
    '联系手机应为11位手机号码',
    '请填写联系地址',
    '请上传“申请人居民身份证”',
    '请选择领取结果的街道政务服务中心',
  ]) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
  }
  await expect(page.getByLabel('领取地点')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('领取地点')).toHaveAccessibleDescription(/^错误：\s*请选择领取结果的街道政务服务中心$/);
  await page.getByLabel('领取地点').selectOption({ index: 1 });
  await page.getByLabel('在网上下载办理结果').check();
  await expect(page.getByLabel('联系手机')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('联系手机')).toHaveAccessibleDescription(/联系手机应为11位手机号码/);

  await summary.getByRole('link', { name: '请填写联系地址' }).click();
  await expect(page.getByLabel('联系地址')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('under /en the form, its labels and its problems are in English', async ({ page }) => {
  await signIn(page, 'citizen1', `/en${applyPath}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Apply online: Allowance for people aged 80 and over',
  );
  await expect(page.getByLabel("Applicant's name")).toHaveValue('陈小明');
  await page.getByRole('button', { name: 'Submit application' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary.getByRole('heading')).toHaveText(/There are \d+ problems/);
  await expect(summary.getByRole('link', { name: 'Postal address is required' })).toBeVisible();
  await expect(summary.getByRole('link', { name: "Upload “Applicant's resident ID card”" })).toBeVisible();
});

test('a saved draft is resumed in another session', async ({ page, browser }) => {
  await signIn(page, 'citizen1', applyPath);
  await page.getByLabel('居民身份证号码').fill(idNumber);
  await page.getByLabel('联系手机').fill('13800138000');
  await page.getByLabel('联系地址').fill(address);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('draft-status')).toContainText('草稿已保存');

  const other = await browser.newContext();
  const later = await other.newPage();
  await signIn(later, 'citizen1', applyPath);
  await expect(later.getByLabel('联系地址')).toHaveValue(address);
  await expect(later.getByLabel('居民身份证号码')).toHaveValue(idNumber);
  await expect(later.getByTestId('draft-status')).toContainText('已恢复您于');
  await other.close();
});

test('with the keyboard alone a citizen uploads each material, submits and gets the case and its receipt', async ({
  page,
}) => {
  await signIn(page, 'citizen1', applyPath);
  await expect(page.getByLabel('联系地址')).toHaveValue(address);

  for (const [label, fileName] of [
    ['选择“申请人居民身份证”的文件', '身份证.pdf'],
    ['选择“本人银行账户（社保卡金融账户）”的文件', '银行卡.pdf'],
  ] as const) {
    await page.getByLabel(label).setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: samplePdf() });
    await expect(page.getByText(`已检查 ✓ ${fileName}`)).toBeVisible();
  }

  // Tick the pledge and reach the submit button by keyboard only.
  await page.getByLabel(/本人承诺所填信息/).focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel(/本人承诺所填信息/)).toBeChecked();
  const submit = page.getByRole('button', { name: '提交申请' });
  for (let i = 0; i < 20 && !(await submit.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: '申请已提交' })).toBeVisible();
  caseNumber = (await page.getByTestId('case-number').textContent())?.trim() ?? '';
  expect(caseNumber).toMatch(/^YX-\d{8}-\d{6}$/);

  const receiptHref = await page.getByRole('link', { name: '下载申请回执（PDF）' }).getAttribute('href');
  const receipt = await page.request.get(receiptHref!);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toBe('application/pdf');
  expect((await receipt.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  caseId = (await page.getByRole('link', { name: '查看办件详情' }).getAttribute('href'))!.split('/').pop()!;
  await page.getByRole('link', { name: '查看办件详情' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `办件 ${caseNumber}` })).toBeVisible();
  await expect(page.locator('.case-heading [data-status="submitted"]')).toBeVisible();
  await expect(page.getByTestId('case-materials')).toContainText('身份证.pdf');
  await expect(page.getByTestId('case-materials')).toContainText('银行卡.pdf');
  await expect(page.getByTestId('case-progress').locator('[data-status="submitted"]')).toBeVisible();
  await expect(page.getByTestId('case-answers')).toContainText(address);
  await expect(page.getByTestId('case-deadline')).toContainText('受理后开始计算');
  const caseReceipt = await page.request.get((await page.getByTestId('receipt-link').getAttribute('href'))!);
  expect(caseReceipt.status()).toBe(200);
  expect(caseReceipt.headers()['content-type']).toBe('application/pdf');

  // The draft was used up by the submission: the form starts afresh.
  await page.goto(applyPath);
  await expect(page.getByLabel('联系地址')).toHaveValue('');
});

test('without JavaScript the form still checks, uploads and submits on the server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'citizen1', applyPath);
  await page.getByRole('button', { name: '提交申请' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary.getByRole('link', { name: '请填写联系地址' })).toHaveAttribute('href', '#answer-address');
  await expect(summary.getByRole('link', { name: '请上传“申请人居民身份证”' })).toBeVisible();

  await page.getByLabel('居民身份证号码').fill(idNumber);
  await page.getByLabel('联系手机').fill('13800138000');
  await page.getByLabel('联系地址').fill(address);
  await page.getByLabel(/本人承诺所填信息/).check();
  await page
    .getByLabel('选择“申请人居民身份证”的文件')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await page
    .getByLabel('选择“本人银行账户（社保卡金融账户）”的文件')
    .setInputFiles({ name: '银行卡.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByRole('heading', { name: '申请已提交' })).toBeVisible();
  await expect(page.getByTestId('case-number')).toHaveText(/^YX-\d{8}-\d{6}$/);
  await context.close();
});

test('anyone looks the case up by its number (from the QR code’s ?case=) and the ID number’s last six', async ({
  page,
}) => {
  expect(caseNumber, 'needs the case from the previous test').not.toBe('');
  await page.goto(`/status?case=${caseNumber}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办件进度查询');
  await expect(page.getByLabel('办件编号')).toHaveValue(caseNumber);

  await page.getByLabel('身份证号码后六位').fill('000000');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('未找到办件');

  await page.getByLabel('身份证号码后六位').fill(idNumber.slice(-6));
  await page.getByRole('button', { name: '查询' }).click();
  const result = page.getByTestId('lookup-result');
  await expect(result).toContainText('高龄老人津贴申领');
  await expect(result).toContainText('陈**');
  await expect(result.locator('[data-status="submitted"]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a case sent back for correction shows why and takes the corrected form; once finished, a rating', async ({
  page,
  request,
}) => {
  expect(caseId, 'needs the case from the keyboard test').not.toBe('');
  const reason = '请在联系地址中补充门牌号';
  await staffDecides(request, 'officer1', 'accept', 'accept');
  await staffDecides(request, 'officer1', 'review', 'correct', reason);

  await signIn(page, 'citizen1', `/my/cases/${caseId}`);
  await expectCaseStatus(page, 'needs_correction');
  await expect(page.getByTestId('correction-reason')).toHaveText(reason);
  await expect(page.getByTestId('case-deadline')).toContainText('暂停计时');
  const correction = page.getByRole('region', { name: '需要补正' });
  await expect(correction.getByLabel('联系地址')).toHaveValue(address);
  await correction.getByLabel('联系地址').fill(`${address}之一`);
  await correction.getByRole('button', { name: '提交补正' }).click();
  await expect(page.getByText('补正内容已提交')).toBeVisible();
  await expect(page.locator('.case-heading [data-status="in_review"]')).toBeVisible();
  await expect(page.getByTestId('case-answers')).toContainText(`${address}之一`);
  // The files sent with the application are kept.
  await expect(page.getByTestId('case-materials')).toContainText('身份证.pdf');

  await staffDecides(request, 'officer1', 'review', 'approve');
  await staffDecides(request, 'head1', 'decide', 'approved', '符合条件，准予发放');
  await expectCaseStatus(page, 'completed');
  await expect(page.getByRole('region', { name: '办理结果' })).toContainText('符合条件，准予发放');
  const result = await page.request.get((await page.getByTestId('result-link').getAttribute('href'))!);
  expect(result.status()).toBe(200);
  expect(result.headers()['content-type']).toBe('application/pdf');

  const rating = page.getByRole('region', { name: '评价' });
  await expectNoAxeViolations(page);
  await rating.getByLabel('5 分：非常满意').check();
  await rating.getByLabel('意见或建议（选填）').fill('办理很快，谢谢。');
  await rating.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByText('感谢您的评价')).toBeVisible();
  await expect(page.getByTestId('rating')).toContainText('您的评价：5 分');
});
