import { expect, test } from '@playwright/test';
import { decideByApi, fileOnlineCase, tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// 联合审批 in supervision (issue 20 item 3): a restaurant application (market supervision leads; environment and
// health review) goes through the departments' opinions — health refuses — and the lead's decision; the supervisor
// reads the district's joint figures at desktop width in Chinese, the environment head their own department's on
// a 375 px phone in English.

const restaurant = '440104-SJ-0007';
const count = async (text: Promise<string>) => Number((await text).replace(/[^\d]/g, ''));

test('supervision shows joint cases by stage, each department’s opinions and time taken, and the lead decisions', async ({
  page,
  request,
}) => {
  const { caseId } = await fileOnlineCase(
    request,
    await tokenFor(request, 'citizen1'),
    { method: 'download' },
    restaurant,
  );
  const officer2 = await tokenFor(request, 'officer2');
  await decideByApi(request, officer2, caseId, 'accept', 'accept');
  await decideByApi(request, officer2, caseId, 'opinion', 'agree');
  await decideByApi(request, await tokenFor(request, 'officer-environment'), caseId, 'opinion', 'agree');
  await decideByApi(
    request,
    await tokenFor(request, 'officer-health'),
    caseId,
    'opinion',
    'refuse',
    '选址不符合卫生要求',
  );
  await decideByApi(request, await tokenFor(request, 'head2'), caseId, 'decide', 'rejected', '卫生部门不同意');

  await signIn(page, 'supervisor1', '/staff/supervision');
  const section = page.getByTestId('supervision-joint');
  await expect(section.getByRole('heading', { name: '联合审批', level: 2 })).toBeVisible();
  const figures = section.getByTestId('joint-figures');
  // The six figures of every joint review (a seventh, the relief programs granted, shows once relief was applied for).
  for (const key of ['cases', 'asked', 'given', 'open', 'noOpinion', 'decided']) {
    await expect(figures.locator(`[data-figure="${key}"]`)).toHaveCount(1);
  }
  expect(await count(figures.locator('[data-figure="cases"] span').first().innerText())).toBeGreaterThanOrEqual(1);
  await expect(figures.locator('[data-figure="given"]')).toContainText('已提出意见');
  await expect(section.getByTestId('joint-by-stage').locator('[data-stage="decided"]')).toContainText('已决定');

  const health = section.getByTestId('joint-opinions').locator('tr[data-department="health"]');
  await expect(health.locator('th')).toHaveText('越秀区卫生健康局');
  // Columns: cases, asked, given, agree, with conditions, refuse, correction, no opinion, owed.
  expect(await count(health.locator('td').nth(5).innerText())).toBeGreaterThanOrEqual(1);
  await expect(section.getByTestId('joint-opinions').locator('thead')).toContainText('逾期未提出意见');
  await expect(
    section.getByTestId('joint-opinions').locator('tr[data-department="market-supervision"] th'),
  ).toContainText('牵头');
  await expect(section.getByRole('img', { name: /各部门提出意见平均用时/ })).toBeVisible();
  await expect(section.getByTestId('joint-time').locator('tr[data-department="environment"]')).toBeVisible();
  expect(
    await count(section.getByTestId('joint-decisions').locator('[data-outcome="rejected"]').innerText()),
  ).toBeGreaterThanOrEqual(1);
  await expectNoAxeViolations(page);

  // The environment head sees their own department only, in English, at phone width.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.context().clearCookies();
  await signIn(page, 'head-environment', '/en/staff/supervision');
  const own = page.getByTestId('supervision-joint');
  await expect(own.getByRole('heading', { name: 'Joint review', level: 2 })).toBeVisible();
  await expect(own.getByTestId('joint-opinions').locator('tbody tr')).toHaveCount(1);
  await expect(own.getByTestId('joint-opinions').locator('tbody tr th')).toHaveText(/Environment/);
  await expect(own.getByTestId('joint-opinions').locator('thead')).toContainText('No opinion in time');
  await expect(own.getByTestId('joint-time').locator('thead')).toContainText('Median (working hours)');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
