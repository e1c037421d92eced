import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { signedDocument } from './official-document-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * The archive of signed documents (issue 19 §3): a document signed through the API is archived at signing; a staff
 * member of its department opens the archive from the documents page, searches the catalogue in Chinese for a word
 * of its body, finds it, opens its PDF as archived, and runs the integrity check — at 1280 and at 375 px, axe
 * clean at both.
 */

async function resultsShown(page: Page, title: string, number: RegExp) {
  const row = page.getByTestId('archive-results').getByRole('row', { name: new RegExp(title) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(number);
  await expect(row).toContainText('30年');
  return row;
}

test('a staff member searches the archive, opens the archived PDF and checks the archive', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const word = `档案${crypto
    .randomUUID()
    .replace(/[^0-9]/g, '')
    .slice(0, 6)}`;
  const title = `关于做好${word}归档工作的通知`;
  const id = await signedDocument(request, title, `各有关单位：请做好${word}的整理归档工作。`);

  await signIn(page, 'officer1', '/staff/official-documents?view=archive');
  await page.getByTestId('open-archive').click();
  await expect(page.getByRole('heading', { level: 1, name: '公文档案' })).toBeVisible();

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByLabel('标题或正文中的词语').fill(word);
    await page.getByLabel('文种').selectOption({ label: '通知' });
    await page.getByRole('button', { name: '检索' }).click();
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId('archive-total')).toContainText('共 1 份档案');
    const row = await resultsShown(page, title, /〔\d{4}〕/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);

    const link = row.getByTestId('archived-pdf');
    const response = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(row.getByRole('link', { name: title })).toHaveAttribute('href', new RegExp(`${id}$`));
  }

  // The integrity check (a head's): intact, with the count of what it read.
  await page.context().clearCookies();
  await signIn(page, 'head1', `/staff/official-documents/archive?q=${encodeURIComponent(word)}`);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId('archive-check').click();
    await expect(page.getByTestId('archive-check-result')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

/** A civil affairs notice signed while the local cloud's S3 fails (fault injection): signed, not archived. */
async function signedNotArchived(request: APIRequestContext, title: string): Promise<string> {
  expect((await request.put('/api/_local/faults', { data: { rate: 1, services: ['s3'] } })).status()).toBe(200);
  let id: string;
  try {
    id = await signedDocument(request, title);
  } finally {
    await request.delete('/api/_local/faults');
  }
  const doc = await request.get(`/api/official-documents/${id}`, {
    headers: { authorization: `Bearer ${await tokenFor(request, 'head1')}` },
  });
  return ((await doc.json()) as { number: string }).number;
}

test('a head archives now a signed document that could not be archived at signing', async ({ page, request }) => {
  test.setTimeout(240_000);
  const numbers = [
    await signedNotArchived(request, '关于做好社区冬季供暖保障工作的通知'),
    await signedNotArchived(request, '关于做好社区冬季防火宣传工作的通知'),
  ];
  await signIn(page, 'head1', '/staff/official-documents/archive');
  for (const [index, width] of [1280, 375].entries()) {
    const number = numbers[index]!;
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId('archive-check').click();
    const row = page.locator('li[data-problem="not-archived"]', { hasText: number });
    await expect(row).toContainText('已签发但未归档');
    await expect(row).toContainText('已尝试 1 次');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: `立即归档 ${number}` }).click();
    await expect(page.getByTestId('archive-now-done')).toContainText(number);
    await expect(page.locator('li[data-problem="not-archived"]', { hasText: number })).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
});
