import { expect, test, type Page } from '@playwright/test';
import { fileOnlineCase, tokenFor } from './case-api.js';
import { expectNoAxeViolations, signIn, watchForViolations } from './support.js';

// The self-service kiosk (plan B3) as a visitor uses it on a station's portrait touch screen and at phone width:
// find a service, read and print its guide, search, track a case with the ID card read by manual entry, and
// walk away — after 60 s without a touch (the browser's clock moved on, the real limit) the kiosk forgets them.

const screens = [
  { name: 'touch screen 1080×1920', viewport: { width: 1080, height: 1920 } },
  { name: 'phone 375 px', viewport: { width: 375, height: 812 } },
];

let caseNumber = '';
// The applicant as the case was filed (the form's sample answers, not citizen1's profile).
const applicant = { name: '', idNumber: '' };

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: 'http://localhost:3000' });
  const filed = await fileOnlineCase(request, await tokenFor(request, 'citizen1'));
  caseNumber = filed.caseNumber;
  applicant.name = String(filed.answers.applicantName);
  applicant.idNumber = String(filed.answers.idNumber);
  await request.dispose();
});

/** Replaces window.print with a counter, so the test sees the print dialog asked for without opening it. */
async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  return () => page.evaluate(() => (window as unknown as { printed: number }).printed);
}

/** Every link on a kiosk page stays in the kiosk (or opens an item's printable form PDF). */
async function expectLinksStayInKiosk(page: Page): Promise<void> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const outside = hrefs.filter(
    (href) =>
      !/^(\/en)?\/kiosk(\/|\?|$)/.test(href) &&
      !href.startsWith('#') &&
      !/^\/api\/services\/[^/]+\/form\.pdf\?/.test(href),
  );
  expect(outside).toEqual([]);
}

for (const screen of screens) {
  test.describe(`on a ${screen.name}`, () => {
    test.use({ viewport: screen.viewport });

    test('a visitor finds a service by category and reads and prints its guide, in the elder-friendly display', async ({
      page,
    }) => {
      const problems = watchForViolations(page);
      const response = await page.goto('/kiosk');
      expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
      // The kiosk keeps the portal's CSP: scripts only with this response's nonce, never inline.
      const policy = response?.headers()['content-security-policy'] ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, policy).toBeTruthy();
      expect(/script-src [^;]*'unsafe-inline'/.test(policy)).toBe(false);
      for (const script of await page.locator('script').all()) {
        expect(await script.evaluate((el) => (el as HTMLScriptElement).nonce)).toBe(nonce);
      }
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      await expect(page.locator('html')).toHaveAttribute('data-display', 'elder');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好，请点按下方按钮开始办事');
      await expectLinksStayInKiosk(page);
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: /按类别找服务/ }).click();
      await expect(page).toHaveURL('/kiosk/services');
      await expect(page.getByRole('heading', { level: 2, name: '按人生事件' })).toBeVisible();
      await expectNoAxeViolations(page);

      const category = page.locator('.kiosk-category').first();
      const categoryName = (await category.locator('span').first().textContent()) ?? '';
      await category.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(categoryName);
      await expect(page.getByRole('status')).toContainText(`${categoryName}：共`);
      await expectLinksStayInKiosk(page);
      await expectNoAxeViolations(page);

      const service = page.getByTestId('service-list').getByRole('link').first();
      const serviceName = (await service.textContent()) ?? '';
      await service.click();
      await expect(page).toHaveURL(/\/kiosk\/services\/\d{6}-[A-Z]{2}-\d{4}$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceName);
      for (const section of ['申请材料', '办理时限', '办理地点', '咨询与监督']) {
        await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
      }
      await expect(page.getByRole('link', { name: '空白申请表（PDF，可打印）' })).toHaveAttribute(
        'href',
        /form\.pdf\?mode=blank&lang=zh$/,
      );
      await expectLinksStayInKiosk(page);
      await expectNoAxeViolations(page);

      const prints = await countPrints(page);
      await page.getByRole('button', { name: '打印办事指南' }).click();
      expect(await prints()).toBe(1);

      await page.getByRole('link', { name: /返回/ }).click();
      await expect(page).toHaveURL('/kiosk/services');
      await page.getByRole('navigation', { name: '终端导航' }).getByRole('link', { name: /首页/ }).click();
      await expect(page).toHaveURL('/kiosk');
      expect(problems).toEqual([]);
    });

    test('a visitor searches for a service and opens its guide in the kiosk', async ({ page }) => {
      await page.goto('/kiosk');
      await page.getByRole('searchbox', { name: '输入事项名称或关键词' }).fill('高龄');
      await page.getByRole('button', { name: '搜索', exact: true }).click();
      await expect(page).toHaveURL(/\/kiosk\/search\?q=/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('“高龄”的搜索结果');
      const first = page.getByTestId('kiosk-search-results').getByRole('link').first();
      await expect(first).toHaveAttribute('href', /^\/kiosk\/services\//);
      await expectLinksStayInKiosk(page);
      await expectNoAxeViolations(page);
      await first.click();
      await expect(page).toHaveURL(/\/kiosk\/services\//);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('高龄');
    });

    test('a visitor tracks a case with its number and the ID card entered by hand, and prints the result', async ({
      page,
    }) => {
      const problems = watchForViolations(page);
      await page.goto('/kiosk');
      await page.getByRole('link', { name: /办件查询/ }).click();
      await expect(page).toHaveURL('/kiosk/track');
      await expectNoAxeViolations(page);

      await page.getByLabel('办件编号').fill(caseNumber);
      await page.getByRole('button', { name: '读取身份证' }).click();
      const entry = page.getByTestId('id-card-entry');
      await expect(entry.getByRole('heading', { name: '手工输入身份证信息' })).toBeVisible();
      await entry.getByLabel('姓名').fill(applicant.name);
      const wrongCheck = applicant.idNumber.slice(0, 17) + (applicant.idNumber.endsWith('1') ? '2' : '1');
      await entry.getByLabel('公民身份号码').fill(wrongCheck);
      await entry.getByRole('button', { name: '确认' }).click();
      await expect(entry).toContainText('身份号码最后一位校验码不符');
      await expectNoAxeViolations(page);
      await entry.getByLabel('公民身份号码').fill(applicant.idNumber);
      await entry.getByRole('button', { name: '确认' }).click();
      await expect(entry).toBeHidden();
      const masked = `${Array.from(applicant.name)[0]}${'*'.repeat(Array.from(applicant.name).length - 1)}`;
      await expect(page.getByRole('status')).toHaveText(
        `已读取 ${masked} 的身份证（号码后四位 ${applicant.idNumber.slice(-4)}）`,
      );
      // The number lives in the page's memory only: not in the page, the storage or the cookies.
      expect(await page.content()).not.toContain(applicant.idNumber);
      const kept = await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      );
      expect(kept).not.toContain(applicant.idNumber.slice(0, 12));

      await page.getByRole('button', { name: '查询', exact: true }).click();
      const result = page.getByTestId('lookup-result');
      await expect(result).toContainText('高龄老人津贴申领');
      await expect(result).toContainText(masked);
      await expect(result.locator('[data-status="submitted"]').first()).toBeVisible();
      await expectNoAxeViolations(page);
      const prints = await countPrints(page);
      await result.getByRole('button', { name: '打印查询结果' }).click();
      expect(await prints()).toBe(1);
      expect(problems).toEqual([]);
    });

    test('after 60 s without a touch the kiosk warns, then returns home and leaves nothing behind', async ({
      page,
      context,
    }) => {
      await signIn(page, 'citizen1', '/kiosk');
      expect((await context.cookies()).map((c) => c.name)).toContain('yx_session');
      await page.clock.install();
      await page.goto('/kiosk/track');
      await page.evaluate(() => {
        localStorage.setItem('draft', '上一位的草稿');
        sessionStorage.setItem('draft', '上一位的草稿');
      });
      await context.addCookies([{ name: 'yx_display', value: 'elder', url: 'http://localhost:3000' }]);
      // The minute runs from the moment the page watches for touches (after hydration, late on a busy machine).
      await expect(page.locator('html[data-kiosk-idle="armed"]')).toHaveCount(1);
      await page.getByLabel('办件编号').fill(caseNumber);

      const warning = page.getByTestId('kiosk-idle-warning');
      await page.clock.runFor(49_000);
      await expect(warning).toBeHidden();
      await page.clock.runFor(2_000);
      await expect(warning).toBeVisible();
      await expect(warning).toContainText(/\d+ 秒后将回到首页/);
      await expectNoAxeViolations(page);
      await warning.getByRole('button', { name: '继续使用' }).click();
      await expect(warning).toBeHidden();
      await expect(page.getByLabel('办件编号')).toHaveValue(caseNumber);

      // A touch started the minute again: 50 s later the warning, 60 s later the end of the visit.
      await page.clock.runFor(51_000);
      await expect(warning).toBeVisible();
      await page.clock.runFor(10_000);
      await expect(page).toHaveURL('/kiosk');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('您好，请点按下方按钮开始办事');
      const left = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
      expect(left).toEqual({ local: 0, session: 0 });
      await expect
        .poll(async () => (await context.cookies('http://localhost:3000/kiosk')).map((c) => c.name))
        .toEqual([]);
      // The home as an ended visit leaves it waits for the next visitor: no warning, no reload every minute.
      await page.clock.runFor(70_000);
      await expect(warning).toBeHidden();
      await expect(page).toHaveURL('/kiosk');
      await page.getByRole('link', { name: /办件查询/ }).click();
      await expect(page.getByLabel('办件编号')).toHaveValue('');
    });
  });
}
