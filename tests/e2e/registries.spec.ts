import { expect, test } from '@playwright/test';
import { csvLine } from '../../functions/src/registries/csv.js';
import { generateRows } from '../../functions/src/registries/synthetic.js';
import { expectNoAxeViolations, signIn } from './support.js';

/** Seeded buildings again (unchanged) plus one bad row: the import succeeds with an error file. */
function buildingsCsv(): Buffer {
  const rows = [...generateRows('buildings', 20_261_205, { persons: 2000, entities: 100, buildings: 300 }, 0, 4)];
  return Buffer.from(`${rows.map(csvLine).join('')}bad-code,x,beijing,,113.27,23.13,office,3,3\r\n`);
}

test('a data steward imports buildings, downloads the error file, sees quality and looks a person up', async ({
  page,
}) => {
  await signIn(page, 'steward1', '/staff/registries');
  await expect(page.getByRole('heading', { level: 1, name: '基础数据库' })).toBeVisible();
  await expect(page.getByTestId('quality-persons')).toContainText('人口');
  await expectNoAxeViolations(page);
  await page.reload();

  await page.getByLabel('数据库').selectOption('buildings');
  await page
    .getByLabel('CSV 文件')
    .setInputFiles({ name: 'buildings.csv', mimeType: 'text/csv', buffer: buildingsCsv() });
  await page.getByLabel('导入原因').fill('端到端测试');
  await page.getByRole('button', { name: '开始导入' }).click();
  const job = page.getByTestId('import-job');
  await expect(job).toContainText('已完成');
  await expect(job).toContainText('拒绝 1');
  const download = page.waitForEvent('download');
  await job.getByRole('link', { name: /下载错误文件/ }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  expect(readFileSync(file, 'utf8')).toMatch(/^line,field,reason\r\n6,code,/);

  await page.getByLabel('公民身份号码').fill('440104198503152014');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByTestId('lookup-result')).toContainText('陈小明');
  expect(page.url()).not.toContain('440104198503152014');
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expect(page.getByTestId('quality-persons')).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
