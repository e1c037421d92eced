import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gridCells } from '../../functions/src/grid/cells.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * Open311 clients (issue 17 item 4): the dispatcher issues a client its api_key on /staff/grid/open311-clients
 * (shown once) → an Open311 client, with nothing but HTTP, reports a problem with it in JSON and XML → the
 * dispatcher revokes the key after a confirmation → the client is refused with GeoReport's 403 error list.
 * Desktop and 375 px, axe on each state of the page.
 */

const clientName = `e2e 随手拍 App ${randomUUID().slice(0, 6)}`;
let apiKey = '';

const cell = gridCells.find((c) => c.street === 'huale')!;
const place = {
  lat: String((cell.ring[0]![1] + cell.ring[2]![1]) / 2),
  long: String((cell.ring[0]![0] + cell.ring[2]![0]) / 2),
};

/** GeoReport's POST requests as a client written from the specification sends it: a form post. */
const report = (request: APIRequestContext, format: 'json' | 'xml') =>
  request.post(`/open311/v2/requests.${format}`, {
    form: { api_key: apiKey, service_code: 'E0306', ...place, description: '路口共享单车堆放，堵住盲道' },
  });

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const row = (page: Page) => page.getByTestId('open311-clients').getByRole('row').filter({ hasText: clientName });

test.describe.configure({ mode: 'serial' });

test('the dispatcher issues a client its api_key, shown once with a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'dispatcher1', '/staff/grid');
  await page.getByRole('link', { name: 'Open311 接入方与 API 密钥' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open311 接入方' })).toBeVisible();
  await expect(page.getByTestId('open311-clients')).toContainText('demo-client');
  await expectNoAxeViolations(page);

  // Nothing filled in: refused beside each field.
  await page.getByRole('button', { name: '发放密钥' }).click();
  await expect(page.getByText('请按提示修改后再提交。')).toBeVisible();
  await expect(page.getByText('请填写接入方名称（2 至 80 个字）。')).toBeVisible();
  await expect(page.getByText('请填写联系方式（3 至 200 个字）：电子邮箱或电话。')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('接入方名称').fill(clientName);
  await page.getByLabel('联系方式').fill('open311-e2e@example.org');
  await page.getByRole('button', { name: '发放密钥' }).click();
  const issued = page.getByTestId('issued-key');
  await expect(issued).toContainText(`已为「${clientName}」发放密钥`);
  await expect(issued).toContainText('密钥只显示这一次');
  apiKey = await page.getByLabel('API 密钥（api_key）').inputValue();
  expect(apiKey).toMatch(/^yx311_[A-Za-z0-9_-]{43}$/);
  await page.getByRole('button', { name: '复制密钥' }).click();
  await expect(issued).toContainText('已复制到剪贴板。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apiKey);
  await expect(row(page)).toContainText('有效');
  await expectNoAxeViolations(page);

  // Shown once: the page never shows it again.
  await fitsPhone(page);
  await expect(row(page)).toBeVisible();
  expect(await page.content()).not.toContain(apiKey);
});

test('an Open311 client reports with the key in JSON and XML', async ({ request }) => {
  const json = await report(request, 'json');
  expect(json.status()).toBe(201);
  const [created] = await json.json();
  expect(created.service_request_id).toMatch(/^G\d{8}-\d{4}$/);
  const xml = await report(request, 'xml');
  expect(xml.status()).toBe(201);
  expect(await xml.text()).toMatch(/<service_request_id>G\d{8}-\d{4}<\/service_request_id>/);
  const read = await request.get(`/open311/v2/requests/${created.service_request_id}.json`);
  expect((await read.json())[0]).toMatchObject({ service_code: 'E0306', status: 'open' });
});

test('the dispatcher revokes the key after confirming', async ({ page }) => {
  await signIn(page, 'dispatcher1', '/staff/grid/open311-clients');
  await row(page)
    .getByRole('button', { name: `吊销「${clientName}」的密钥` })
    .click();
  await expect(row(page)).toContainText(`确定吊销「${clientName}」的密钥吗？`);
  await expectNoAxeViolations(page);
  // Cancelling keeps the key.
  await row(page).getByRole('button', { name: '取消' }).click();
  await expect(row(page)).toContainText('有效');

  await row(page)
    .getByRole('button', { name: `吊销「${clientName}」的密钥` })
    .click();
  await row(page).getByRole('button', { name: '确定吊销' }).click();
  await expect(row(page)).toContainText('已吊销');
  await expect(row(page)).toContainText('dispatcher1');
  await expect(row(page).getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});

test('the Open311 client is refused with the specification’s 403 error list', async ({ request }) => {
  const json = await report(request, 'json');
  expect(json.status()).toBe(403);
  expect(await json.json()).toEqual([{ code: 403, description: expect.stringContaining('API_KEY_REVOKED') }]);
  const xml = await report(request, 'xml');
  expect(xml.status()).toBe(403);
  const body = await xml.text();
  expect(body).toContain('<code>403</code>');
  expect(body).toContain('API_KEY_REVOKED');
});
