import { expect, test, type Page } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/** The head's approval of a draft answer: the officer sends a draft, the head approves it out to the writer. */

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
}

test('an officer’s draft answer goes out once the head approves it', async ({ page, request }) => {
  const res = await request.post('/api/letters', {
    headers: { authorization: `Bearer ${await tokenFor(request, 'citizen1')}` },
    data: {
      type: 'complaint',
      topic: 'elderly-care',
      subject: '长者饭堂菜品单一',
      body: '社区长者饭堂每周菜品几乎不变，老人意见很大，希望改进。',
      publishConsent: false,
      submissionToken: crypto.randomUUID(),
    },
  });
  expect(res.status()).toBe(201);
  const { letter } = (await res.json()) as { letter: { letterId: string; letterNumber: string } };

  await signIn(page, 'officer1', `/staff/letters/${letter.letterId}`);
  await page.getByLabel('答复内容').fill('已要求长者饭堂自下周一起每周更新菜单，并由街道每月检查。');
  await page.getByLabel('先送科长审核，批准后再发给来信人').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page.getByTestId('answer-sent')).toContainText('答复草稿已送科长审核');
  await page.reload();
  await expect(page.getByTestId('letter-status')).toHaveText('待审核');
  await expect(page.getByText('答复草稿正在等待科长审核。')).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, 'head1', `/staff/letters/${letter.letterId}`);
  await expect(page.getByTestId('letter-draft')).toContainText('每月检查');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: '批准并发出' }).click();
  await expect(page.getByTestId('approval-done')).toContainText('答复已批准');
  await page.reload();
  await expect(page.getByTestId('letter-status')).toHaveText('已答复');
  await expect(page.getByTestId('letter-answer')).toContainText('每月检查');
  await expect(page.getByTestId('letter-history')).toContainText('科长批准答复');
  await expectNoAxeViolations(page);
});
