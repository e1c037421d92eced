import { expect, test, type Page } from '@playwright/test';
import { beijingRoad, jpegWithGps, plainJpeg } from '../support/photos.js';
import { tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * The grid's loop with photos (issue 17): an inspector on a phone (375 px) reports with a photo from the camera,
 * its EXIF position offered as the place → the dispatcher (desktop) registers and dispatches → the department
 * handles with a photo of the result → the inspector verifies on site and the event closes. On the way, a
 * report made without a network is kept on the phone (待发送) and sent once when the network returns (已发送).
 * Axe on each page.
 */

test.describe.configure({ mode: 'serial' });

const phone = { width: 375, height: 800 };
const photoFile = (name: string, buffer: Buffer) => ({ name, mimeType: 'image/jpeg', buffer });
let eventId = '';

async function fitsPhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

/** Every photo of the event page is shown (loaded from the documents bucket, not refused by the CSP). */
async function expectPhotosShown(page: Page, count: number) {
  const images = page.getByTestId('event-photos').getByRole('img');
  await expect(images).toHaveCount(count);
  for (const image of await images.all()) {
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(48);
  }
}

test('an inspector on a phone reports with a photo, its position taken as the place', async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page, 'inspector1', '/staff/grid');
  await page.getByRole('link', { name: '上报事件' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '网格员上报' })).toBeVisible();
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  const photos = page.getByLabel('现场照片（选填）');
  await expect(photos).toHaveAttribute('capture', 'environment');
  await expect(photos).toHaveAttribute('accept', 'image/*');
  await page.getByLabel('问题类别').selectOption('E0101');
  await page.getByLabel('问题描述').fill('北京路口人行道上堆放建筑垃圾，影响通行');
  await photos.setInputFiles(photoFile('现场.jpg', jpegWithGps(beijingRoad.lat, beijingRoad.lng)));
  await expect(page.getByTestId('location-from-photo')).toBeVisible();
  await expect(page.getByLabel('纬度')).toHaveValue(String(beijingRoad.lat));
  await expect(page.getByLabel('经度')).toHaveValue(String(beijingRoad.lng));
  await expect(page.getByTestId('map-marker')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '提交上报' }).click();

  const receipt = page.getByTestId('report-receipt');
  await expect(receipt).toContainText('上报成功');
  await expect(receipt).toContainText('北京街道');
  eventId = (await page.getByTestId('event-number').textContent())!.trim();
  expect(eventId).toMatch(/^G\d{8}-\d{4}$/);
  await receipt.getByRole('link', { name: '查看处理进度' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `事件 ${eventId}` })).toBeVisible();
  await expectPhotosShown(page, 1);
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});

test('a report made without a network is kept on the phone and sent once when it returns', async ({
  page,
  context,
  request,
}) => {
  const description = `解放北路井盖缺失，编号 ${crypto.randomUUID().slice(0, 8)}`;
  await page.setViewportSize(phone);
  await signIn(page, 'inspector1', '/staff/grid/report');
  await page.getByLabel('问题类别').selectOption('E0101');
  await page.getByLabel('问题描述').fill(description);
  await page
    .getByLabel('现场照片（选填）')
    .setInputFiles(photoFile('井盖.jpg', jpegWithGps(beijingRoad.lat, beijingRoad.lng)));
  await expect(page.getByTestId('location-from-photo')).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('button', { name: '提交上报' }).click();
  await expect(page.getByTestId('report-kept')).toBeVisible();
  const outbox = page.getByTestId('report-outbox');
  await expect(outbox.locator('li[data-state="waiting"]')).toContainText('待发送');
  await expect(outbox).toContainText(description.slice(0, 20));
  // The form starts the next report at once.
  await expect(page.getByLabel('问题描述')).toHaveValue('');
  await expectNoAxeViolations(page);
  await fitsPhone(page);

  await context.setOffline(false);
  const sent = outbox.locator('li[data-state="sent"]');
  await expect(sent).toContainText('已发送');
  await expect(sent.getByRole('link', { name: /^G\d{8}-\d{4}$/ })).toBeVisible();
  await expect(outbox.locator('li[data-state="waiting"]')).toHaveCount(0);

  // Opening the page again sends nothing more: exactly one event carries the description.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: '网格员上报' })).toBeVisible();
  const token = await tokenFor(request, 'dispatcher1');
  const events = async () => {
    const list = await request.get('/api/grid/events', { headers: { authorization: `Bearer ${token}` } });
    const { items } = (await list.json()) as { items: { description: string; photos?: unknown[] }[] };
    return items.filter((e) => e.description === description);
  };
  await expect.poll(async () => (await events()).length).toBe(1);
  expect((await events())[0]!.photos).toHaveLength(1);
});

test('the dispatcher, at a desk, sees the photo, registers the event and dispatches it', async ({ page }) => {
  await signIn(page, 'dispatcher1', `/staff/grid/${eventId}`);
  await expect(page.getByTestId('event-status')).toHaveText('已上报');
  await expectPhotosShown(page, 1);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '立案', exact: true }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已立案');
  await expect(page.getByLabel('派遣部门')).toHaveValue('environment');
  await page.getByRole('button', { name: '派遣', exact: true }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已派遣');
  await expectNoAxeViolations(page);
});

test('the environment bureau handles it with a photo of the result', async ({ page }) => {
  await signIn(page, 'officer-environment', `/staff/grid/${eventId}`);
  await expect(page.getByTestId('event-status')).toHaveText('已派遣');
  await expectNoAxeViolations(page);
  await page.getByLabel('办理说明').fill('已清运建筑垃圾，人行道恢复通行');
  await page.getByLabel('处置结果照片（选填）').setInputFiles(photoFile('清理后.jpg', plainJpeg));
  await page.getByRole('button', { name: '处置完毕' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已处置');
  await expectPhotosShown(page, 2);
  await expect(page.getByTestId('event-photos').locator('li[data-stage="handling"]')).toContainText('处置结果照片');
  await expectNoAxeViolations(page);
});

test('the inspector verifies on site, on the phone, and the event closes', async ({ page }) => {
  await page.setViewportSize(phone);
  await signIn(page, 'inspector1', `/staff?q=${eventId}`);
  await expect(page.getByTestId('work-items')).toContainText('核查结案');
  await page.goto(`/staff/grid/${eventId}`);
  await expectPhotosShown(page, 2);
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  await page.getByRole('button', { name: '核查通过并结案' }).click();
  await expect(page.getByTestId('event-status')).toHaveText('已结案');
  await expect(page.getByTestId('event-history')).toContainText('已清运建筑垃圾');
  await expectNoAxeViolations(page);
});

test('a citizen’s report on /report carries a photo too', async ({ page }) => {
  await signIn(page, 'citizen1', '/report');
  await page.getByLabel('问题类别').selectOption('E0101');
  await page.getByLabel('问题描述').fill('北京路口有人乱扔垃圾，附照片');
  await page
    .getByLabel('现场照片（选填）')
    .setInputFiles(photoFile('随手拍.jpg', jpegWithGps(beijingRoad.lat, beijingRoad.lng)));
  await expect(page.getByLabel('纬度')).toHaveValue(String(beijingRoad.lat));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '提交上报' }).click();
  await expect(page.getByTestId('report-receipt')).toContainText('上报成功');
  await page.getByTestId('report-receipt').getByRole('link', { name: '查看处理进度' }).click();
  await expectPhotosShown(page, 1);
  await expectNoAxeViolations(page);
});
