import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fitsPhone, signIn } from './support.js';

/**
 * A data request in the browser (issue 15, item 2): an officer of market supervision requests civil affairs'
 * marriage registrations from the resource's page → the request waits in civil affairs' head's inbox → the head
 * grants it with an opinion → the requesting officer sees the grant. Desktop and 375 px, axe on each page.
 */

test.describe.configure({ mode: 'serial' });

let requestId = '';

test('an officer of another department requests a conditional resource from its page', async ({ page }) => {
  await signIn(page, 'officer2', '/staff/data/440104-MZ-D001');
  const form = page.getByTestId('request-form');
  await expect(page.getByRole('heading', { level: 2, name: '申请共享此数据资源' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Nothing chosen: the form names what is missing.
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('请至少勾选一个本资源的字段。')).toBeVisible();
  await expect(page.getByText('请填写 4 至 500 字的用途。')).toBeVisible();

  await form.getByRole('checkbox', { name: /登记证号/ }).check();
  await form.getByRole('checkbox', { name: /登记类型/ }).check();
  await form.getByLabel('用途').fill('市场主体登记时核验经营者婚姻状况');
  await form.getByLabel('共享依据').fill('《政务信息资源共享管理暂行办法》第十四条');
  await form.getByRole('button', { name: '提交申请' }).click();
  await expect(page).toHaveURL(/\/staff\/data\/requests\/dr-[0-9a-z]{22}$/);
  requestId = page.url().split('/').at(-1)!;
  await expect(page.getByTestId('request-status')).toHaveText('待审批');
  await expect(page.getByTestId('data-request')).toContainText('registrationNumber、kind');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
});

test('the owner’s head finds it in the inbox and grants it with an opinion, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, 'head1', `/staff?q=${requestId}`);
  const items = page.getByTestId('work-items');
  await expect(items).toContainText('数据共享审批');
  await expectNoAxeViolations(page);
  await items.getByRole('link', { name: new RegExp(requestId) }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/data/requests/${requestId}$`));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);

  const form = page.getByTestId('decide-form');
  await form.getByRole('button', { name: '同意共享' }).click();
  await expect(page.getByText('请填写 2 至 1000 字的审核意见。')).toBeVisible();
  await form.getByLabel('审核意见').fill('同意共享，仅限市场主体登记核验使用');
  await form.getByRole('button', { name: '同意共享' }).click();
  await expect(page.getByTestId('decided')).toBeVisible();
  await expect(page.getByTestId('request-status')).toHaveText('已授权');
  await expect(page.getByTestId('decide-form')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});

test('the requesting officer sees the grant and the owner’s opinion', async ({ page }) => {
  await signIn(page, 'officer2', '/staff/data/requests');
  const mine = page.getByTestId('requests-mine');
  await expect(mine).toContainText('婚姻登记信息');
  await expect(mine).toContainText('已授权');
  await expectNoAxeViolations(page);
  await fitsPhone(page);
  await page.goto(`/staff/data/requests/${requestId}`);
  await expect(page.getByTestId('request-status')).toHaveText('已授权');
  await expect(page.getByTestId('request-opinion')).toHaveText('同意共享，仅限市场主体登记核验使用');
  await expectNoAxeViolations(page);
});

test('the head registers the department’s system, rotates its secret and revokes it', async ({ page }) => {
  await signIn(page, 'head2', '/staff/data/clients');
  await expect(page.getByRole('heading', { level: 1, name: '接入系统凭据' })).toBeVisible();
  await expectNoAxeViolations(page);
  const form = page.getByTestId('register-form');
  await form.getByRole('button', { name: '登记并生成密钥' }).click();
  await expect(page.getByText('请填写 2 至 80 字的系统名称。')).toBeVisible();
  const system = `市场主体登记系统 ${Date.now().toString(36)}`;
  await form.getByLabel('系统名称').fill(system);
  await form.getByLabel('联系方式（邮箱或电话）').fill('registration@scjg.yuexiu.example');
  await form.getByRole('button', { name: '登记并生成密钥' }).click();
  const secret = page.getByTestId('issued-secret');
  await expect(secret).toContainText('只显示这一次');
  const first = await secret.getByLabel('客户端密钥').inputValue();
  expect(first.length).toBeGreaterThan(30);
  await expectNoAxeViolations(page);

  const card = page.getByTestId('machine-clients').getByRole('listitem').filter({ hasText: system });
  await card.getByRole('button', { name: `轮换 ${system} 的密钥` }).click();
  await expect(card.getByTestId('issued-secret')).toBeVisible();
  expect(await card.getByLabel('客户端密钥').inputValue()).not.toBe(first);
  await card.getByRole('button', { name: `吊销 ${system}` }).click();
  await expect(card.getByTestId('client-status')).toHaveText('已吊销');
  await fitsPhone(page);
});
