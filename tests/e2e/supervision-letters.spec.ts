import { expect, test, type APIRequestContext } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/** Writes a letter as citizen1 through the API; the consultation is answered by officer1 and rated 5. */
async function writeLetters(request: APIRequestContext) {
  const citizen = await tokenFor(request, 'citizen1');
  const write = async (type: string, topic: string) => {
    const res = await request.post('/api/letters', {
      headers: { authorization: `Bearer ${citizen}` },
      data: {
        type,
        topic,
        subject: `监察页面测试 ${type}`,
        body: '这是一封用于监察页面的测试来信。',
        publishConsent: false,
        submissionToken: crypto.randomUUID(),
      },
    });
    expect(res.status()).toBe(201);
    return ((await res.json()) as { letter: { letterId: string } }).letter.letterId;
  };
  const consultation = await write('consultation', 'marriage');
  await write('complaint', 'elderly-care');
  const answered = await request.post(`/api/letters/${consultation}/answer`, {
    headers: { authorization: `Bearer ${await tokenFor(request, 'officer1')}` },
    data: { answer: '您好：请双方携带身份证和户口簿到婚姻登记处办理。' },
  });
  expect(answered.status()).toBe(200);
  const rated = await request.post(`/api/letters/${consultation}/rating`, {
    headers: { authorization: `Bearer ${citizen}` },
    data: { satisfaction: 5 },
  });
  expect(rated.status()).toBe(200);
}

const count = async (text: Promise<string>) => Number((await text).replace(/[^\d]/g, ''));

test('supervision shows the mailbox’s letters by department, type and topic, on time, satisfaction and reopen rate', async ({
  page,
  request,
}) => {
  await writeLetters(request);
  await signIn(page, 'supervisor1', '/staff/supervision');
  const section = page.getByTestId('supervision-letters');
  await expect(section.getByRole('heading', { name: '信箱来信情况', level: 2 })).toBeVisible();
  const figures = section.getByTestId('letter-figures');
  await expect(figures.locator('li')).toHaveCount(6);
  expect(
    await count(figures.locator('[data-figure="letters"]').locator('span').first().innerText()),
  ).toBeGreaterThanOrEqual(2);
  await expect(figures.locator('[data-figure="onTimeRate"]')).toContainText('按时答复率');
  await expect(figures.locator('[data-figure="satisfaction"]')).toContainText('满分 5 分');
  await expect(figures.locator('[data-figure="reopenRate"]')).toContainText('重新办理率');
  await expect(section.getByRole('img', { name: '各类来信数量' })).toBeVisible();
  await expect(section.getByRole('img', { name: '各部门按时答复率' })).toBeVisible();

  const civil = section.getByTestId('letters-by-department').locator('tr[data-row="civil-affairs"]');
  expect(await count(civil.locator('td').first().innerText())).toBeGreaterThanOrEqual(2);
  await expect(section.getByTestId('letters-by-type').locator('tbody tr')).toHaveCount(4);
  await expect(section.getByTestId('letters-by-topic').locator('tr[data-row="marriage"] th')).toHaveText('婚姻登记');
  await expectNoAxeViolations(page);

  // A head sees their own department only, in English, at phone width.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.context().clearCookies();
  await signIn(page, 'head1', '/en/staff/supervision');
  const own = page.getByTestId('supervision-letters');
  await expect(own.getByRole('heading', { name: 'Letters to the mailbox', level: 2 })).toBeVisible();
  await expect(own.getByTestId('letters-by-department').locator('tbody tr')).toHaveCount(1);
  await expect(own.getByTestId('letters-by-department').locator('tbody tr th')).toHaveText('Civil Affairs Bureau');
  await expect(own.getByTestId('letters-by-topic').locator('tr[data-row="food-safety"]')).toHaveCount(0);
  await expect(own.getByTestId('letters-by-type').locator('tr[data-row="consultation"] th')).toHaveText('Question');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
