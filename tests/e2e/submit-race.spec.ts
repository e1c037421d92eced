import { expect, test } from '@playwright/test';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { samplePdf, signIn } from './support.js';

// Issue 13, defect 4: 提交申请 clicked the very moment the last material shows "已检查 ✓" must submit. The
// click happens inside the page, in the same task as the DOM change that shows the tick (0 ms).
const applyPath = '/services/440104-MZ-0007/apply';
const first17 = '44010419400315123';
const idNumber = first17 + residentIdCheckCharacter(first17);

test('clicking 提交申请 at 0 ms after the materials show 已检查 ✓ sends the application', async ({ page }) => {
  await signIn(page, 'citizen1', applyPath);
  await page.getByLabel('居民身份证号码').fill(idNumber);
  await page.getByLabel('联系手机').fill('13800138000');
  await page.getByLabel('联系地址').fill('广州市越秀区北京街道示例路8号');
  await page.getByLabel(/本人承诺所填信息/).check();

  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'] && request.postData()?.includes('submit')) {
      posts.push(request.url());
    }
  });

  await page
    .getByLabel('选择“申请人居民身份证”的文件')
    .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await expect(page.getByText('已检查 ✓ 身份证.pdf')).toBeVisible();

  // Armed before the last file is chosen: clicks submit in the mutation that shows its tick.
  const clicked = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!document.body.textContent?.includes('已检查 ✓ 银行卡.pdf')) return;
          observer.disconnect();
          const submit = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === '提交申请');
          submit?.click();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  await page
    .getByLabel('选择“本人银行账户（社保卡金融账户）”的文件')
    .setInputFiles({ name: '银行卡.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
  await clicked;

  await expect(page.getByRole('heading', { name: '申请已提交' })).toBeVisible();
  expect(posts.length, 'the submission was sent').toBeGreaterThan(0);
  await expect(page.getByText('请等待材料上传和检查完成后再提交。')).toHaveCount(0);
});
