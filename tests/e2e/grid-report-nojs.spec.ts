import { expect, test } from '@playwright/test';
import { beijingRoad, jpegWithGps } from '../support/photos.js';
import { signIn } from './support.js';

/**
 * 随手拍 without JavaScript (progressive enhancement): the form posts its fields and its photo to the server action
 * itself; a refusal comes back beside the fields, a report comes back as the receipt with the event number. The
 * place is the one the photo records (the API reads it when no place is typed). On a phone (375 px).
 */
test.describe('the report form without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

  test('a citizen reports on /report with a photo and gets the event number', async ({ page }) => {
    await signIn(page, 'citizen1', '/report');
    await expect(page.getByRole('heading', { level: 1, name: '随手拍：城市管理问题上报' })).toBeVisible();

    // Nothing filled in: the server refuses, beside the field.
    await page.getByRole('button', { name: '提交上报' }).click();
    await expect(page.getByText('请按提示修改后再提交。')).toBeVisible();
    await expect(page.getByText('请选择问题类别。')).toBeVisible();

    await page.getByLabel('问题类别').selectOption('E0101');
    await page.getByLabel('问题描述').fill('北京路口人行道上堆放建筑垃圾（无脚本上报）');
    await page.getByLabel('现场照片（选填）').setInputFiles({
      name: '现场.jpg',
      mimeType: 'image/jpeg',
      buffer: jpegWithGps(beijingRoad.lat, beijingRoad.lng),
    });
    await page.getByRole('button', { name: '提交上报' }).click();

    const receipt = page.getByTestId('report-receipt');
    await expect(receipt).toContainText('上报成功');
    await expect(receipt).toContainText('北京街道');
    const eventId = (await page.getByTestId('event-number').textContent())!.trim();
    expect(eventId).toMatch(/^G\d{8}-\d{4}$/);
    await receipt.getByRole('link', { name: '查看处理进度' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `事件 ${eventId}` })).toBeVisible();
    await expect(page.getByTestId('event-photos').getByRole('img')).toHaveCount(1);
  });
});
