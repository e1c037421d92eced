import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support.js';

test('an officer of another department finds a data resource, reads its fields and exports the catalog', async ({
  page,
}) => {
  await signIn(page, 'officer2', '/staff/data');
  await expect(page.getByRole('heading', { level: 1, name: '数据资源目录' })).toBeVisible();
  const table = page.getByTestId('data-resources');
  await expect(table).toContainText('人口基础信息');
  await expect(table).toContainText('越秀区民政局');
  await expectNoAxeViolations(page);

  await page.getByLabel('关键词').fill('建筑物');
  await page.getByLabel('共享类型').selectOption('unconditional');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByRole('status')).toContainText('共 1 项数据资源');
  await table.getByRole('link', { name: '建筑物基础信息' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '建筑物基础信息' })).toBeVisible();
  await expect(page.getByTestId('data-resource')).toContainText('无条件共享');
  await expect(page.getByTestId('data-resource')).toContainText('基础库实时统计');
  await expect(page.getByTestId('data-fields')).toContainText('建筑物编码');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '返回数据资源目录' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /DCAT/ }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  expect(JSON.parse(readFileSync(file, 'utf8'))['@type']).toBe('dcat:Catalog');

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/staff/data/440104-MZ-D001');
  await expect(page.getByTestId('data-fields')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
  await page.goto('/staff/data');
  await expect(page.getByTestId('data-resources')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});

test('the catalog is in English for an English reader', async ({ page }) => {
  await signIn(page, 'head1', '/en/staff/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Data resource catalog' })).toBeVisible();
  await expect(page.getByTestId('data-resources')).toContainText('Population base register');
  await expectNoAxeViolations(page);
});
