import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support.js';

/** The mailbox journey: a citizen writes, the department's officer answers from the inbox, the citizen rates. */

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
}

test.describe.configure({ mode: 'serial' });

let letterNumber = '';
let letterPath = '';

test('a citizen writes a consultation and gets a numbered receipt', async ({ page }) => {
  await signIn(page, 'citizen1', '/mailbox/write');
  await expect(page.getByRole('heading', { level: 1, name: '越秀信箱：写信' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A letter without a subject is refused beside the field.
  await page.getByRole('button', { name: '提交来信' }).click();
  await expect(page.getByText('请检查标出的内容后再提交。')).toBeVisible();
  await expect(page.getByText('标题需 4 至 60 个字。')).toBeVisible();

  await page.getByLabel('咨询', { exact: true }).check();
  await page.getByLabel('主题', { exact: true }).selectOption('marriage');
  await page.getByLabel('标题', { exact: true }).fill('婚姻登记处周六是否办公');
  await page.getByLabel('内容', { exact: true }).fill('请问越秀区婚姻登记处周六是否可以办理结婚登记？');
  await page.getByLabel('同意在答复后公开本次咨询（隐去个人信息）').check();
  await page.getByRole('button', { name: '提交来信' }).click();

  const receipt = page.getByTestId('letter-receipt');
  await expect(receipt).toContainText('来信已收到');
  letterNumber = (await page.getByTestId('letter-number').textContent())!.trim();
  expect(letterNumber).toMatch(/^YXL-\d{8}-\d{6}$/);
  await expect(receipt).toContainText('5 个工作日内');
  letterPath = (await receipt.getByRole('link', { name: '在“我的来信”中查看' }).getAttribute('href'))!;
  await expectNoAxeViolations(page);

  await page.goto('/mailbox/write');
  await fitsPhone(page);
});

test('the officer finds the letter in the inbox and answers it', async ({ page }) => {
  await signIn(page, 'officer1', `/staff?step=answer&q=${letterNumber}`);
  const row = page.locator(`tr[data-case-number="${letterNumber}"]`);
  await expect(row).toContainText('答复来信');
  // The letter's clock, on the cases' deadline engine: a letter written today is green, with days left.
  const deadline = row.getByTestId('deadline');
  await expect(deadline.locator('[data-level]')).toHaveAttribute('data-level', 'green');
  await expect(deadline).toContainText('正常');
  await expect(deadline.getByTestId('working-days-left')).toContainText('个工作日');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expect(deadline.locator('[data-level]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await row.getByRole('link', { name: `办理 ${letterNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `来信 ${letterNumber}` })).toBeVisible();
  const clock = page.getByTestId('letter-clock');
  await expect(clock).toContainText('办理时限：');
  await expect(clock.locator('[data-level]')).toHaveAttribute('data-level', 'green');
  await expectNoAxeViolations(page);
  await page.getByLabel('答复内容').fill('越秀区婚姻登记处周六上午正常办理结婚登记，请提前预约。');
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page.getByTestId('answer-sent')).toContainText('答复已发送');
  await page.reload();
  await expect(page.getByTestId('letter-status')).toHaveText('已答复');
  await expect(page.getByTestId('letter-answer')).toContainText('周六上午正常办理');
  await expect(page.getByLabel('答复内容')).toHaveCount(0);
  // Answered, the clock has stopped.
  await expect(page.getByTestId('letter-clock')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('the citizen reads the answer and rates it; the answer is public', async ({ page }) => {
  const path = letterPath.replace(/^\/(zh-CN|en)/, '');
  await signIn(page, 'citizen1', path);
  await expect(page.getByTestId('letter-answer')).toContainText('周六上午正常办理');
  await expectNoAxeViolations(page);
  await page.getByLabel('满意', { exact: true }).check();
  await page.getByLabel('意见（选填）').fill('答复及时。');
  await page.getByRole('button', { name: '提交评价' }).click();
  await expect(page.getByText('感谢您的评价。')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('letter-history')).toContainText('评价');
  await expect(page.getByRole('button', { name: '提交评价' })).toHaveCount(0);
  await fitsPhone(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/mailbox/public');
  const published = page.locator(`li[data-letter-number="${letterNumber}"]`);
  await expect(published).toContainText('婚姻登记处周六是否办公');
  await expect(published).toContainText('周六上午正常办理');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});
