import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './support.js';

/** An online item no other journey fills in: 灵活就业人员参保登记. */
const code = '440104-RS-0003';

async function fitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('a cataloger edits a draft, previews it, publishes it, and a citizen sees the new version', async ({
  page,
  browser,
}) => {
  // One journey across two users with four axe runs: longer than the default 90 s on a busy machine.
  test.setTimeout(240_000);
  await signIn(page, 'cataloger1', '/staff/catalog');
  await expect(page.getByRole('heading', { level: 1, name: '事项目录管理' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The e2e staff session locks after its idle limit (axe can take that long): sign in again before typing.
  await signIn(page, 'cataloger1', '/staff/catalog');
  await page.getByRole('searchbox', { name: '按事项编码或名称查找' }).fill('灵活就业');
  await page.getByRole('button', { name: '查找' }).click();
  const list = page.getByTestId('catalog-items');
  await expect(list.locator('tbody tr')).toHaveCount(1);
  await list.getByRole('link', { name: '灵活就业人员参保登记' }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/catalog/${code}$`));
  await expect(page.getByTestId('catalog-status')).toContainText('已发布第 1 版');

  // The mobile field is the third of the first section: a bad key is refused next to the field.
  const key = page.locator('#schema-0-2-id');
  await expect(key).toHaveValue('mobile');
  await key.fill('Mobile Phone');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('catalog-problems')).toContainText('form.sections.0.fields.2.id');
  await expect(page.locator('#schema-0-2-id-error')).toContainText('camelCase');
  await expect(key).toHaveAttribute('aria-invalid', 'true');

  await key.fill('mobile');
  await page.locator('#schema-0-2-zh').fill('本人联系手机');
  const preview = page.getByTestId('catalog-preview');
  await expect(preview.getByLabel(/本人联系手机/)).toBeVisible();
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('catalog-saved')).toBeVisible();
  // The page reads the new revision at once: the publish form appears without a reload.
  await expect(page.getByTestId('catalog-status')).toContainText('有待发布的草稿');
  await expect(page.getByRole('button', { name: '发布新版本' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#schema-0-2-zh')).toHaveValue('本人联系手机');
  await expectNoAxeViolations(page);
  await signIn(page, 'cataloger1', `/staff/catalog/${code}`);

  await page.getByRole('button', { name: '发布新版本' }).click();
  await expect(page.getByTestId('catalog-done')).toContainText('已发布第 2 版');
  const versions = page.getByTestId('catalog-versions');
  await expect(versions.locator('tbody tr')).toHaveCount(2);
  await expect(versions.locator('tbody tr').first()).toContainText('第 2 版');
  await expect(versions.locator('tbody tr').first()).toContainText('cataloger1');
  // Version 1 stays as it was published.
  await versions.getByRole('link', { name: '第 1 版' }).click();
  const first = page.getByTestId('catalog-version-fields');
  await expect(first.locator('tbody tr').filter({ hasText: 'mobile' })).toContainText('联系手机');
  await expect(first).not.toContainText('本人联系手机');

  await page.setViewportSize({ width: 375, height: 812 });
  await signIn(page, 'cataloger1', `/staff/catalog/${code}`);
  await expect(page.getByTestId('catalog-preview')).toBeVisible();
  await fitsWidth(page, 375);
  await expectNoAxeViolations(page);

  const citizen = await browser.newPage();
  await signIn(citizen, 'citizen1', `/services/${code}/apply`);
  await expect(citizen.getByLabel(/本人联系手机/)).toBeVisible();
  await citizen.close();
});
