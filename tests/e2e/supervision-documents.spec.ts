import { expect, test, type APIRequestContext } from '@playwright/test';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/** A notice of civil affairs drafted by officer1, reviewed by head1 and signed by leader1, through the API. */
async function signedNotice(request: APIRequestContext) {
  const as = async (user: string) => ({ authorization: `Bearer ${await tokenFor(request, user)}` });
  const drafted = await request.post('/api/official-documents', {
    headers: await as('officer1'),
    data: {
      title: '关于监察页面测试公文的通知',
      type: 'notice',
      urgency: 'urgent',
      security: 'internal',
      mainRecipients: ['market-supervision'],
      copyRecipients: [],
      body: '各有关单位：这是一份用于监察页面的测试公文。',
    },
  });
  expect(drafted.status()).toBe(201);
  const { id } = (await drafted.json()) as { id: string };
  const act = async (user: string, data: Record<string, unknown>) => {
    const res = await request.post(`/api/official-documents/${id}/actions`, { headers: await as(user), data });
    expect(res.status(), await res.text()).toBe(200);
  };
  await act('officer1', { action: 'submit', version: 1 });
  await act('head1', { action: 'review', decision: 'approve', opinion: '同意。' });
  await act('leader1', { action: 'sign', decision: 'sign', opinion: '同意印发。' });
}

const count = async (text: Promise<string>) => Number((await text).replace(/[^\d]/g, ''));

test('supervision shows official documents by type and state, receipts, and each step’s figures and limits', async ({
  page,
  request,
}) => {
  await signedNotice(request);
  await signIn(page, 'supervisor1', '/staff/supervision');
  const section = page.getByTestId('supervision-documents');
  await expect(section.getByRole('heading', { name: '公文办理', level: 2 })).toBeVisible();
  const figures = section.getByTestId('document-figures');
  await expect(figures.locator('li')).toHaveCount(6);
  expect(await count(figures.locator('[data-figure="signed"] span').first().innerText())).toBeGreaterThanOrEqual(1);
  expect(await count(figures.locator('[data-figure="receipts"] span').first().innerText())).toBeGreaterThanOrEqual(1);

  const notice = section.getByTestId('documents-by-type').locator('tr[data-row="notice"]');
  await expect(notice.locator('th')).toHaveText('通知');
  expect(await count(notice.locator('td').nth(4).innerText())).toBeGreaterThanOrEqual(1);
  const steps = section.getByTestId('documents-steps');
  await expect(steps.locator('tbody tr')).toHaveCount(4);
  expect(await count(steps.locator('tr[data-step="signing"] td').first().innerText())).toBeGreaterThanOrEqual(1);
  await expect(section.getByRole('img', { name: '各环节平均用时（工作小时）' })).toBeVisible();
  await expect(section.getByTestId('documents-limits')).toContainText('核稿 1/2/3');
  await expectNoAxeViolations(page);

  // The receiving department's head, in English at phone width, sees the document among its receipts.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.context().clearCookies();
  await signIn(page, 'head2', '/en/staff/supervision');
  const own = page.getByTestId('supervision-documents');
  await expect(own.getByRole('heading', { name: 'Official documents', level: 2 })).toBeVisible();
  expect(await count(own.locator('[data-status="pending"]').innerText())).toBeGreaterThanOrEqual(1);
  await expect(own.getByTestId('documents-steps').locator('tr[data-step="registration"] th')).toHaveText(
    'Registration',
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
