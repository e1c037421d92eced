import { expect, test } from '@playwright/test';
import { csvLine } from '../../functions/src/registries/csv.js';
import { generateRows } from '../../functions/src/registries/synthetic.js';
import { expectNoAxeViolations, signIn } from './support.js';

/** Seeded buildings again (unchanged) plus one bad row: the import succeeds with an error file. */
function buildingsCsv(): Buffer {
  const rows = [...generateRows('buildings', 20_261_205, { persons: 2000, entities: 100, buildings: 300 }, 0, 4)];
  return Buffer.from(`${rows.map(csvLine).join('')}bad-code,x,beijing,,113.27,23.13,office,3,3\r\n`);
}

test('a data steward sees quality charts, drills down, imports buildings with progress, downloads the error file and looks a person up', async ({
  page,
}) => {
  await signIn(page, 'steward1', '/staff/registries');
  await expect(page.getByRole('heading', { level: 1, name: '基础数据库' })).toBeVisible();
  await expect(page.getByTestId('quality-persons')).toContainText('人口');
  await expectNoAxeViolations(page);
  await page.reload();

  // The charts carry their figures as text: a caption, a summary sentence, and a table beside them.
  const completeness = page.getByTestId('quality-persons-completeness');
  await expect(completeness.getByRole('img', { name: /人口：各字段完整率/ })).toBeVisible();
  await expect(completeness.locator('desc')).toContainText(/phone \d+\.\d%/);
  await expect(page.getByTestId('quality-persons-problems').getByRole('img')).toBeVisible();
  await expect(page.getByTestId('quality-persons').getByRole('table').first()).toContainText('完整率');

  // Drill down: the persons without a phone, masked, a page at a time.
  await page.getByRole('link', { name: /查看人口“phone”缺失的记录/ }).click();
  const drill = page.getByTestId('quality-drill');
  await expect(drill).toContainText('人口 · phone · 缺失');
  await expect(drill).toContainText('身份证号和姓名已脱敏');
  await expect(drill.getByRole('row').nth(1)).toContainText(/^\d{6}\*{8}[\dX]{4} \S\*+/u);
  const firstRow = await drill.getByRole('row').nth(1).textContent();
  await drill.getByRole('link', { name: '下一页' }).click();
  await expect(drill.getByRole('link', { name: '回到第一页' })).toBeVisible();
  expect(await drill.getByRole('row').nth(1).textContent()).not.toBe(firstRow);
  await expectNoAxeViolations(page);

  // The import's progress: the form polls the job (by the id it gave it) while the request is pending. The
  // import's response is held until the page has shown the rows done and the rate, so nothing depends on speed.
  await expect(page.locator('input[name="importId"]')).toHaveValue(/^[0-9a-f-]{36}$/);
  const progress = page.getByTestId('import-progress');
  await page.route('**/staff/registries**', async (route) => {
    const body = route.request().postDataBuffer()?.toString('latin1') ?? '';
    if (route.request().method() !== 'POST' || !body.includes('name="file"')) return route.fallback();
    const response = await route.fetch();
    await expect(progress).toContainText(/已处理 5 \/ 5 行 · 速度 \d+ 行\/秒/);
    await route.fulfill({ response });
  });
  await page.getByLabel('数据库').selectOption('buildings');
  await page
    .getByLabel('CSV 文件')
    .setInputFiles({ name: 'buildings.csv', mimeType: 'text/csv', buffer: buildingsCsv() });
  await page.getByLabel('导入原因').fill('端到端测试');
  await page.getByRole('button', { name: '开始导入' }).click();
  const job = page.getByTestId('import-job');
  await expect(job).toContainText('已完成');
  await expect(job).toContainText('拒绝 1');
  await expect(job).toContainText(/已处理 5 \/ 5 行 · 速度 \d+ 行\/秒 · 用时 \d+ 秒/);
  await page.unrouteAll();
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
  await expect(page.getByTestId('quality-persons-completeness').getByRole('img')).toBeVisible();
  await expect(page.getByTestId('import-job')).toContainText(/已处理 5 \/ 5 行 · 速度 \d+ 行\/秒 · 用时 \d+ 秒/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);

  // The drill-down at phone width: the list fits, the figures above it too.
  await page.getByRole('link', { name: /查看人口“phone”缺失的记录/ }).click();
  await expect(page.getByTestId('quality-drill').getByRole('row').nth(1)).toContainText(/^\d{6}\*{8}[\dX]{4} /);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
