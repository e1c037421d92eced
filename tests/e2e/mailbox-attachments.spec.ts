import { expect, test, type Page } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, samplePdf, signIn } from './support.js';

/**
 * Issue 18: an anonymous writer sends a letter with a file (a file that is not what it claims is refused
 * beside the field), follows it and downloads the file; the department's officer sees it too. A published
 * consultation has a page of its own, and an unknown number a clear 404 — at desktop width and at 375 px.
 */

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an anonymous writer attaches a file, a fake PDF is refused, and the file comes back when following', async ({
  page,
}) => {
  await page.goto('/mailbox/write');
  await expect(page.getByLabel('附件（选填）')).toBeVisible();
  await page.getByLabel('咨询', { exact: true }).check();
  await page.getByLabel('主题', { exact: true }).selectOption('marriage');
  await page.getByLabel('标题', { exact: true }).fill('离婚登记需要哪些材料');
  await page.getByLabel('内容', { exact: true }).fill('附件是我准备的材料照片，请问办理离婚登记还缺什么？');
  await page.getByLabel('附件（选填）').setInputFiles({
    name: '材料.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('这不是 PDF 文件，只是一段文字。'),
  });
  await page.getByRole('button', { name: '提交来信' }).click();
  await expect(page.getByTestId('attachments-error')).toHaveText(
    '材料.pdf 的内容与文件类型不符，请上传真实的 PDF、JPG 或 PNG 文件。',
  );
  await expect(page.getByLabel('附件（选填）')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  await page.getByLabel('附件（选填）').setInputFiles({
    name: '材料清单.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf(),
  });
  await page.getByRole('button', { name: '提交来信' }).click();
  await expect(page.getByTestId('letter-receipt')).toContainText('来信已收到');
  const queryCode = (await page.getByTestId('query-code').textContent())!.trim();
  const password = (await page.getByTestId('letter-password').textContent())!.trim();
  const letterNumber = (await page.getByTestId('letter-number').textContent())!.trim();

  await page.goto('/mailbox/follow');
  await page.getByLabel('查询码').fill(queryCode);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '查询', exact: true }).click();
  const files = page.getByTestId('followed-letter').getByTestId('letter-attachments');
  const link = files.getByRole('link', { name: '下载 材料清单.pdf' });
  await expect(link).toBeVisible();
  const download = await page.request.get((await link.getAttribute('href'))!);
  expect(Buffer.from(await download.body())).toEqual(samplePdf());
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  // The officer handling the letter sees the file on the letter's page.
  await signIn(page, 'officer1', `/staff?step=answer&q=${letterNumber}`);
  await page
    .locator(`tr[data-case-number="${letterNumber}"]`)
    .getByRole('link', { name: `办理 ${letterNumber}` })
    .click();
  await expect(page.getByTestId('letter-attachments').getByRole('link', { name: '下载 材料清单.pdf' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a published consultation has its own page; an unknown number shows a clear 404', async ({ page, request }) => {
  const written = await request.post('/api/letters', {
    headers: { authorization: `Bearer ${await tokenFor(request, 'citizen2')}` },
    data: {
      type: 'consultation',
      topic: 'marriage',
      subject: '补办结婚登记可以预约周末吗',
      body: '请问补办结婚登记能否预约周末时间办理？',
      publishConsent: true,
      submissionToken: crypto.randomUUID(),
    },
  });
  expect(written.status()).toBe(201);
  const { letterId, letterNumber } = ((await written.json()) as { letter: { letterId: string; letterNumber: string } })
    .letter;
  const answered = await request.post(`/api/letters/${letterId}/answer`, {
    headers: { authorization: `Bearer ${await tokenFor(request, 'officer1')}` },
    data: { answer: '您好：婚姻登记处周六上午可预约办理补办结婚登记。' },
  });
  expect(answered.status()).toBe(200);

  await page.goto(`/mailbox/public/${letterNumber}`);
  await expect(page.getByRole('heading', { level: 1, name: '补办结婚登记可以预约周末吗' })).toBeVisible();
  await expect(page).toHaveTitle(/补办结婚登记可以预约周末吗/);
  await expect(page.getByTestId('public-letter-answer')).toContainText('周六上午可预约');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  // The list's entry leads to the same page.
  await page.goto('/mailbox/public');
  await page
    .locator(`li[data-letter-number="${letterNumber}"]`)
    .getByRole('link', { name: '补办结婚登记可以预约周末吗' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/mailbox/public/${letterNumber}$`));

  // The (public) segment streams behind its loading state, so the 404 is a page, not a status line.
  await page.goto('/mailbox/public/YXL-19990101-999999');
  await expect(page.getByRole('heading', { level: 1, name: '没有找到这条公开答复' })).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  await page.goto(`/en/mailbox/public/${letterNumber}`);
  await expect(page.getByRole('link', { name: 'Back to the public answers' })).toBeVisible();
  await expectNoAxeViolations(page);
});
