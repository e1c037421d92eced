import { expect, test, type APIRequestContext } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, samplePdf, signIn } from './support.js';

// Issue 10 §9: a user holds at most PENDING_UPLOAD_LIMIT uploads not yet sent with an application. A citizen
// at the limit is told so on the apply page, in Chinese and in English — not "upload failed, try again".
// citizen2 is this spec's own user: no other browser test uploads as citizen2.
test.describe.configure({ mode: 'serial' });

const applyPath = '/services/440104-MZ-0007/apply';

/** Registers uploads through the API until the API refuses one for the pending-upload limit. */
async function fillPendingUploads(request: APIRequestContext, username: string): Promise<number> {
  const headers = { authorization: `Bearer ${await tokenFor(request, username)}` };
  for (let registered = 0; registered <= 1000; registered++) {
    const res = await request.post('/api/documents/uploads', {
      headers,
      data: { fileName: `待提交${registered}.pdf`, contentType: 'application/pdf', size: 1000 },
    });
    if (res.status() === 409) {
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('PENDING_UPLOAD_LIMIT');
      return registered;
    }
    expect(res.status(), `upload ${registered + 1}`).toBe(201);
  }
  throw new Error(`${username} could register more than 1000 pending uploads`);
}

test('a citizen at the pending-upload limit is told why, in Chinese and in English', async ({ page, request }) => {
  expect(await fillPendingUploads(request, 'citizen2')).toBeGreaterThan(0);

  await signIn(page, 'citizen2', applyPath);
  await page
    .getByLabel('选择“申请人居民身份证”的文件')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  const zh = page.getByText('身份证.pdf 未上传：您已上传但尚未随申请提交的文件已达上限');
  await expect(zh).toBeVisible();
  await expect(zh).toContainText('上传 7 天后自动删除');
  await expect(page.getByText('上传失败')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto(`/en${applyPath}`);
  await page
    .getByLabel("Choose files for “Applicant's resident ID card”")
    .setInputFiles({ name: 'id-card.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  const en = page.getByText(
    'id-card.pdf was not uploaded: you have reached the limit of files uploaded but not yet sent with an application.',
  );
  await expect(en).toBeVisible();
  await expect(en).toContainText('deleted 7 days after upload');
});

test('without JavaScript the server says the same when the form posts a file', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, 'citizen2', applyPath);
  await page
    .getByLabel('选择“申请人居民身份证”的文件')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('身份证.pdf 未上传：您已上传但尚未随申请提交的文件已达上限')).toBeVisible();
  await context.close();
});
