import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support.js';

// The online service hall as a citizen uses it: browse, guide, scenario, search and outlets. The tests pick
// the first department, scenario or result rather than naming seed items, but assert the content shown.

const guideSections = [
  '基本信息',
  '设定依据',
  '受理条件',
  '申请材料',
  '收费标准',
  '办理时限',
  '办理流程',
  '办理地点',
  '咨询与监督',
];

async function expectCompleteGuide(page: Page): Promise<void> {
  for (const name of guideSections) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const limits = page.locator('#time-limits');
  await expect(limits.getByText('法定期限')).toBeVisible();
  await expect(limits.locator('dd').first()).toHaveText(/个工作日|即办/);
  await expect(page.locator('#legal-basis li').first()).toHaveText(/《.+》/);
  await expect(page.locator('#conditions li').first()).not.toBeEmpty();
  await expect(page.locator('#phones a[href^="tel:"]').first()).toBeVisible();
}

test('a citizen browses the hall by department to a service and reads its complete guide', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '办事大厅' }).click();
  await expect(page).toHaveURL('/services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办事大厅');
  for (const facet of ['按人生事件', '按部门', '按服务对象']) {
    await expect(page.getByRole('heading', { level: 2, name: facet })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  const departments = page.getByRole('region', { name: '按部门' });
  const department = departments.getByRole('link').first();
  const departmentName = (await department.locator('span').first().textContent())!;
  await department.click();
  await expect(page).toHaveURL(/\/services\?department=[a-z-]+$/);
  await expect(page.getByLabel('部门', { exact: true })).toHaveValue(/[a-z-]+/);
  const first = page.getByTestId('service-list').getByRole('listitem').first();
  await expect(first).toContainText(departmentName);
  const serviceLink = first.getByRole('link');
  const serviceName = (await serviceLink.textContent())!;
  await serviceLink.click();

  await expect(page).toHaveURL(/\/services\/\d{6}-[A-Z]{2}-\d{4}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
  await expect(page.locator('#basics')).toContainText(departmentName);
  await expectCompleteGuide(page);
  await expectNoAxeViolations(page);
});

test('a guide lists its materials, prints without navigation and links fully-online items to the form', async ({
  page,
}) => {
  await page.goto('/services?online=true');
  await expect(page.getByText('全程网办').first()).toBeVisible();
  await page.getByTestId('service-list').getByRole('link').first().click();
  await expect(page.getByRole('main').getByRole('link', { name: '在线申请' })).toHaveAttribute(
    'href',
    /\/services\/\d{6}-[A-Z]{2}-\d{4}\/apply$/,
  );
  const materials = page.locator('#materials');
  if ((await materials.locator('table').count()) > 0) {
    await expect(materials.getByRole('columnheader', { name: '材料名称' })).toBeVisible();
    await expect(materials.getByRole('rowheader').first()).not.toBeEmpty();
  }
  await expect(page.getByRole('button', { name: '打印办事指南' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: '申请材料' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('an unknown service code is a 404 with help', async ({ page }) => {
  const response = await page.goto('/services/440104-MZ-9999');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '未找到该事项' })).toBeVisible();
  await expect(page.getByRole('link', { name: '返回办事大厅' })).toBeVisible();
});

/** Moves the keyboard focus to the main content with the skip link, then tabs to the first radio button. */
async function tabToFirstRadio(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio')) return;
  }
  throw new Error('no radio button reached by Tab');
}

test('a citizen completes a scenario by keyboard alone and sees the exact materials', async ({ page }) => {
  await page.goto('/scenarios');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('场景导办');
  const scenario = page.getByTestId('scenario-list').getByRole('link').first();
  const href = (await scenario.getAttribute('href'))!;
  await page.goto(href);
  await expect(page.getByRole('group').locator('legend')).not.toBeEmpty();
  await expect(page.getByTestId('scenario-progress')).toContainText('第 1 步');
  await expectNoAxeViolations(page);

  for (let step = 1; step <= 15; step++) {
    if ((await page.getByTestId('scenario-outcome').count()) > 0) break;
    await expect(page.getByTestId('scenario-progress')).toContainText(`第 ${step} 步`);
    await tabToFirstRadio(page);
    await page.keyboard.press('Space');
    await expect(page.locator('input[type="radio"]').first()).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '下一步' })).toBeFocused();
    const before = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== before), page.keyboard.press('Enter')]);
  }

  const outcome = page.getByTestId('scenario-outcome');
  await expect(outcome.getByRole('heading', { level: 2, name: '办理指引' })).toBeVisible();
  await expect(outcome.getByText(/^您的情形：.+/)).toBeVisible();
  const item = outcome.locator('.outcome-item').first();
  await expect(item.getByRole('link')).toHaveAttribute('href', /\/services\/\d{6}-[A-Z]{2}-\d{4}$/);
  await expect(item.getByRole('columnheader', { name: '材料名称' })).toBeVisible();
  await expect(item.getByRole('rowheader').first()).not.toBeEmpty();
  await expect(page.getByRole('heading', { level: 2, name: '您的回答' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印材料清单' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: '上一步' }).first().click();
  await expect(page.locator('input[type="radio"]').first()).toBeVisible();
});

test('a citizen finds marriage registration by searching in Chinese and in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: '搜索办事事项' }).fill('结婚');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search?q=%E7%BB%93%E5%A9%9A');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('“结婚”的搜索结果');
  const results = page.getByTestId('search-results');
  await expect(results.locator('mark').first()).toHaveText('结婚');
  const hit = results.getByRole('link', { name: /结婚/ }).first();
  await expect(hit).toHaveAttribute('href', /\/services\/\d{6}-MZ-\d{4}/);
  await expectNoAxeViolations(page);
  await hit.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('结婚');
  await expectCompleteGuide(page);

  await page.goto('/en/search?q=marriage');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const english = page
    .getByTestId('search-results')
    .getByRole('link', { name: /marriage/i })
    .first();
  await expect(english).toHaveAttribute('href', /^\/en\/services\/\d{6}-MZ-\d{4}/);
  await english.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Documents to provide' })).toBeVisible();
});

test('a search with no results offers the scenarios and the hall', async ({ page }) => {
  await page.goto('/search?q=qxzvkjw');
  const help = page.getByTestId('no-results');
  await expect(help).toContainText('没有找到');
  await expect(help.getByRole('link', { name: /场景导办/ })).toHaveAttribute('href', '/scenarios');
});

test.describe('outlets', () => {
  // Near Beijing Road, inside Yuexiu District.
  test.use({ geolocation: { latitude: 23.1255, longitude: 113.2705 }, permissions: ['geolocation'] });

  test('a citizen finds the nearest outlet from the browser position, on the list and the map', async ({ page }) => {
    await page.goto('/outlets');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('办事网点');
    const streets = page.getByTestId('outlets-stations').getByRole('listitem');
    expect(await streets.count()).toBeGreaterThanOrEqual(22);
    await expect(streets.first()).toContainText('电话');
    const markers = page.getByTestId('outlet-map').locator('a');
    expect(await markers.count()).toBeGreaterThanOrEqual(22);
    await expectNoAxeViolations(page);

    const expected = (await (await page.request.get('/api/outlets?near=23.1255,113.2705')).json()) as {
      items: { code: string; name: { zh: string } }[];
    };
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await expect(page.getByTestId('nearest-status')).toContainText(`离您最近的是：${expected.items[0]!.name.zh}`);
    const nearest = page.getByTestId('outlets-nearest').getByRole('listitem').first();
    await expect(nearest).toHaveAttribute('data-outlet', expected.items[0]!.code);
    await expect(nearest).toContainText('离您最近');
    await expect(nearest).toContainText(/距离约 \d+ 米/);

    const marker = page.getByTestId('outlet-map').getByRole('link', { name: expected.items[0]!.name.zh });
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#outlet-${expected.items[0]!.code}$`));
  });

  test('without location, choosing a street orders the outlets by distance on the server', async ({ page }) => {
    await page.goto('/outlets');
    const select = page.getByLabel('或选择您所在的街道');
    const street = (await select.locator('option').nth(1).getAttribute('value'))!;
    await select.selectOption(street);
    await page.getByRole('button', { name: '按距离排序' }).click();
    await expect(page).toHaveURL(`/outlets?street=${street}`);
    await expect(page.getByTestId('nearest-status')).toContainText('已按与');
    await expect(page.getByTestId('outlets-nearest').getByRole('listitem').first()).toHaveAttribute(
      'data-outlet',
      street,
    );
  });
});

test('the hall, a guide and the outlets have no axe violations in elder-friendly mode', async ({ page, context }) => {
  await context.addCookies([
    { name: 'yx_display', value: 'elder', url: new URL(test.info().project.use.baseURL!).origin },
  ]);
  await page.goto('/services');
  await expect(page.locator('html')).toHaveAttribute('data-display', 'elder');
  await expectNoAxeViolations(page);
  await page.getByTestId('service-list').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: '申请材料' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/outlets');
  await expectNoAxeViolations(page);
});

test('the hall works at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/services', '/outlets']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
