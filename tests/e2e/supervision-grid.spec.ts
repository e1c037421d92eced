import { expect, test, type APIRequestContext } from '@playwright/test';
import { gridCells } from '../../functions/src/grid/cells.js';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * City management in supervision (issue 17 item 5): a supervisor reads the district's city events by status,
 * category and street with the streets' map layer and the places where a problem comes back; a head reads the
 * events dispatched to their department only, at phone width, in English.
 */

const cell = gridCells.find((c) => c.street === 'liurong')!;
const xs = cell.ring.map((p) => p[0]);
const ys = cell.ring.map((p) => p[1]);
const place = { lng: (Math.min(...xs) + Math.max(...xs)) / 2, lat: (Math.min(...ys) + Math.max(...ys)) / 2 };

/** Two reports of exposed rubbish in one cell, the first registered and dispatched to the environment bureau. */
async function reportTwice(request: APIRequestContext) {
  const citizen = await tokenFor(request, 'citizen1');
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await request.post('/api/grid/events', {
      headers: { authorization: `Bearer ${citizen}` },
      data: {
        category: 'E0101',
        description: '监察页面测试：暴露垃圾',
        ...place,
        submissionToken: crypto.randomUUID(),
      },
    });
    expect(res.status()).toBe(201);
    ids.push(((await res.json()) as { eventId: string }).eventId);
  }
  const dispatcher = await tokenFor(request, 'dispatcher1');
  for (const [action, version] of [
    ['register', 1],
    ['dispatch', 2],
  ] as const) {
    const res = await request.post(`/api/grid/events/${ids[0]}/actions`, {
      headers: { authorization: `Bearer ${dispatcher}` },
      data: { action, version },
    });
    expect(res.status()).toBe(200);
  }
}

const count = async (text: Promise<string>) => Number((await text).replace(/[^\d]/g, ''));

test('supervision shows city events by status, category and street, on a map layer, with repeat places', async ({
  page,
  request,
}) => {
  await reportTwice(request);
  await signIn(page, 'supervisor1', '/staff/supervision');
  const section = page.getByTestId('supervision-grid');
  await expect(section.getByRole('heading', { name: '城市管理（网格）', level: 2 })).toBeVisible();
  const figures = section.getByTestId('grid-figures');
  await expect(figures.locator('li')).toHaveCount(6);
  expect(await count(figures.locator('[data-figure="events"] span').first().innerText())).toBeGreaterThanOrEqual(2);
  await expect(figures.locator('[data-figure="onTimeRate"]')).toContainText('按时结案率');
  await expect(section.getByRole('img', { name: /越秀区各街道事件分布图.*六榕街道 \d+/ })).toBeVisible();
  await expect(section.getByRole('img', { name: '各类别事件数' })).toBeVisible();
  expect(
    await count(section.getByTestId('grid-by-street').locator('tr[data-row="liurong"] td').first().innerText()),
  ).toBeGreaterThanOrEqual(2);
  await expect(section.getByTestId('grid-by-category').locator('tr[data-row="E0101"] th')).toHaveText('暴露垃圾');
  await expect(section.getByTestId('grid-repeat')).toContainText(cell.name);
  await expectNoAxeViolations(page);

  // The environment bureau's head sees the events dispatched to it, in English, at phone width.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.context().clearCookies();
  await signIn(page, 'head-environment', '/en/staff/supervision');
  const own = page.getByTestId('supervision-grid');
  await expect(own.getByRole('heading', { name: 'City management (grid)', level: 2 })).toBeVisible();
  await expect(own.getByTestId('grid-by-category').locator('tr[data-row="E0101"] th')).toHaveText('Exposed rubbish');
  await expect(own.getByTestId('grid-by-category').locator('tr[data-row="C0206"]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
