import { expect, test, type Page } from '@playwright/test';
import { signedDocument } from './official-document-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * An official document (公文) from draft to handled, across two departments: civil affairs' officer drafts and
 * submits it, its head reviews (核稿), its configured signer (leader1) signs (签发: numbered and dispatched), and
 * market supervision's document clerk registers (登记) and proposes (拟办), its head agrees (批办) and its officer handles (办结) it — each page checked at desktop and 375 px, and
 * the signed PDF (GB/T 9704, seal, digital signature) fetched through the page's link by signer and recipient.
 * Then a received document (收文) in market supervision: its document clerk registers it and proposes a
 * circulation (拟办), its head agrees (批办), and the named reader reads it (传阅), the read tracking shown.
 */

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The signed PDF's link on the document page answers a PDF, at desktop and at 375 px (axe clean at both). */
async function signedPdfWorks(page: Page) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    const link = page.getByTestId('document-pdf');
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNoAxeViolations(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function switchTo(page: Page, username: string, path: string) {
  await page.context().clearCookies();
  await signIn(page, username, path);
}

test('a document is drafted, reviewed, signed with a number and handled by the receiving department', async ({
  page,
}) => {
  // Seven users sign in (each with TOTP) and every page is checked twice with axe; the signed PDF is fetched four times.
  test.setTimeout(360_000);
  const title = `关于做好${crypto.randomUUID().slice(0, 6)}节前安全检查工作的通知`;

  await signIn(page, 'officer1', '/staff/official-documents/new');
  await expect(
    page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '公文', exact: true }),
  ).toBeVisible();
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('紧急程度').selectOption({ label: '加急' });
  await page.getByTestId('new-mainRecipients').getByLabel('越秀区市场监督管理局').check();
  await page.getByTestId('new-copyRecipients').getByLabel('越秀区卫生健康局').check();
  await page.getByLabel('正文').fill('各有关单位：请于节前完成辖区安全检查，并报送检查情况。');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  await page.getByLabel('标题').fill(title);
  await page.getByTestId('new-mainRecipients').getByLabel('越秀区市场监督管理局').check();
  await page.getByLabel('正文').fill('各有关单位：请于节前完成辖区安全检查，并报送检查情况。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('草稿已保存。');
  await expect(page.getByTestId('document-status')).toHaveText('草稿');
  const documentPath = new URL(page.url()).pathname.replace(/^\/zh-CN/, '');
  await page.getByRole('button', { name: '送核稿' }).click();
  await expect(page.getByTestId('document-status')).toHaveText('核稿中');

  await switchTo(page, 'head1', '/staff/official-documents');
  await expect(page.getByTestId('documents')).toContainText(title);
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('document-status')).toHaveText('核稿中');
  await page.getByLabel('意见').fill('同意，请领导签发。');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '同意，送签发' }).click();
  await expect(page.getByTestId('document-status')).toHaveText('待签发');

  await switchTo(page, 'leader1', '/staff');
  await expect(page.getByTestId('work-items')).toContainText(title);
  await page.goto(documentPath);
  // The signer signs from a phone: the document, the opinion and the 签发 button at 375 px, nothing wider.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByLabel('意见').fill('同意印发。');
  await page.getByRole('button', { name: '签发', exact: true }).click();
  await expect(page.getByTestId('document-status')).toHaveText('已签发');
  await expect(page.getByTestId('document-number')).toHaveText(/^越民〔\d{4}〕\d+号$/);
  await expect(page.getByTestId('content-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('document-history')).toContainText('同意印发。');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signedPdfWorks(page);

  // Market supervision's document clerk registers it and proposes it for handling, its head agrees (批办).
  await switchTo(page, 'docclerk-market-supervision', '/staff/official-documents?view=received');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('document-status')).toHaveText('已签发');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('已登记。');
  await page.getByLabel('拟办意见').fill('拟请业务科室办理。');
  await page.getByRole('button', { name: '提交拟办意见' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('拟办意见已提交。');
  await switchTo(page, 'head2', documentPath);
  await page.getByLabel('意见', { exact: true }).fill('同意。');
  await page.getByRole('button', { name: '同意拟办意见' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('已批办。');

  // An officer handles it (办结).
  await switchTo(page, 'officer2', '/staff/official-documents?view=received');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('document-status')).toHaveText('已签发');
  await fitsPhone(page);
  await signedPdfWorks(page);
  await page.getByLabel('意见', { exact: true }).fill('已部署各所开展检查。');
  await page.getByRole('button', { name: '办结' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('已办结。');
  await expect(page.getByTestId('receipts').locator('[data-department="market-supervision"]')).toContainText('已办结');
  await expectNoAxeViolations(page);

  await switchTo(page, 'head1', '/staff/official-documents?view=archive');
  await expect(page.getByTestId('chain-status')).toContainText('归档哈希链校验通过');
  await expect(page.getByTestId('documents')).toContainText(title);
  await expectNoAxeViolations(page);
});

test('a received document is registered, proposed for circulation, decided and read by the named reader', async ({
  page,
  request,
}) => {
  // Three users sign in (each with TOTP), and each page is checked at desktop and 375 px with axe.
  test.setTimeout(240_000);
  const title = `关于学习${crypto.randomUUID().slice(0, 6)}安全生产规定的通知`;
  const documentPath = `/staff/official-documents/${await signedDocument(request, title)}`;
  const clerk = 'docclerk-market-supervision';

  // The document clerk finds it in the one inbox, registers it and proposes to circulate it to officer3.
  await signIn(page, clerk, '/staff');
  await expect(page.getByTestId('work-items')).toContainText(title);
  await expectNoAxeViolations(page);
  await page.goto(documentPath);
  await fitsPhone(page);
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('已登记。');
  await page.getByTestId('propose-mode').getByLabel('传阅').check();
  await page.getByLabel('传阅人').fill('officer2');
  await page.getByLabel('拟办意见').fill('拟请有关同志传阅。');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  await page.getByTestId('propose-mode').getByLabel('传阅').check();
  await page.getByLabel('传阅人').fill('officer2');
  await page.getByLabel('拟办意见').fill('拟请有关同志传阅。');
  await page.getByRole('button', { name: '提交拟办意见' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('拟办意见已提交。');
  await expect(page.getByTestId('receipt-proposal')).toContainText('officer2');

  // The head agrees and names the reader anew: officer3.
  await switchTo(page, 'head2', '/staff');
  await expect(page.getByTestId('work-items')).toContainText(title);
  await page.goto(documentPath);
  await fitsPhone(page);
  await expect(page.getByLabel('传阅人')).toHaveValue('officer2');
  await page.getByLabel('传阅人').fill('officer3');
  await page.getByLabel('意见', { exact: true }).fill('同意，请邝审核阅知。');
  await page.getByRole('button', { name: '同意拟办意见' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('已批办。');
  await expect(page.getByTestId('receipt-reads').locator('[data-reader="officer3"]')).toContainText('未阅');
  await expectNoAxeViolations(page);

  // The named reader reads it at phone width, with a remark; the read tracking shows who and when.
  await switchTo(page, 'officer3', '/staff');
  await expect(page.getByTestId('work-items')).toContainText(title);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(documentPath);
  await page.getByLabel('阅读批注（可选）').fill('已阅，将按要求落实。');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '已阅' }).click();
  await expect(page.getByTestId('document-done')).toHaveText('已阅，传阅记录已保存。');
  const row = page.getByTestId('receipt-reads').locator('[data-reader="officer3"]');
  await expect(row).toContainText('已阅，将按要求落实。');
  await expect(row).not.toContainText('未阅');
  await expect(page.getByTestId('receipts').locator('[data-department="market-supervision"]')).toContainText('已办结');
  await expect(page.getByTestId('receipt-history')).toContainText('批办');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/staff');
  await expect(page.getByRole('heading', { name: '待办事项' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(title);
});
