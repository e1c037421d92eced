import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, fitsPhone, signIn } from './support.js';

/**
 * Change event subscriptions in the browser (issue 15, item 5): market supervision's head requests the building
 * register (unconditional: granted at once), subscribes a webhook of the department's system to its changes — a
 * metadata address is refused, the signing secret is shown once — sees the subscription and its delivery status,
 * and ends it; then subscribes a queue of its own instead, which the system reads through the API, and ends that too.
 * Desktop and 375 px, axe on each page.
 */

test('a department head subscribes to a granted resource, sees the secret once and ends the subscription', async ({
  page,
}) => {
  // The grant: the building register is shared unconditionally, so the request is granted on submission.
  await signIn(page, 'head2', '/staff/data/440104-SK-D003');
  const request = page.getByTestId('request-form');
  await request.getByRole('checkbox', { name: /建筑物编码/ }).check();
  await request.getByRole('checkbox', { name: /层数/ }).check();
  await request.getByRole('textbox', { name: '用途' }).fill('市场主体经营场所核验，随建筑物变更同步');
  await request.getByLabel('共享依据').fill('《政务信息资源共享管理暂行办法》第十四条');
  await request.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('request-status')).toHaveText('已授权');

  await page.goto('/staff/data');
  await page.getByRole('link', { name: '数据变更订阅' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '数据变更订阅' })).toBeVisible();
  await expectNoAxeViolations(page);

  const form = page.getByTestId('subscribe-form');
  // Nothing chosen: the form names what is missing.
  await form.getByRole('button', { name: '订阅并生成签名密钥' }).click();
  await expect(page.getByText('请选择本部门已获授权的数据资源。')).toBeVisible();
  // The cloud's metadata address is refused, whatever the resource.
  await form.getByLabel('数据资源').selectOption('440104-SK-D003');
  await form.getByLabel('回调地址').fill('https://169.254.169.254/latest/meta-data/');
  await form.getByRole('button', { name: '订阅并生成签名密钥' }).click();
  await expect(page.getByText('请填写可访问的 https 回调地址（不能指向内网或本机地址）。')).toBeVisible();
  await expect(form.getByLabel('回调地址')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  // A webhook on this machine (the local cloud's operators allow it for consumers running next to it).
  const hook = `http://127.0.0.1:9/e2e-${Date.now().toString(36)}`;
  await form.getByLabel('数据资源').selectOption('440104-SK-D003');
  await form.getByLabel('回调地址').fill(hook);
  await form.getByRole('button', { name: '订阅并生成签名密钥' }).click();
  const secret = page.getByTestId('signing-secret');
  await expect(secret).toContainText('只显示这一次');
  await expect(secret).toContainText('x-yuexiu-signature');
  expect((await secret.getByLabel('签名密钥').inputValue()).length).toBeGreaterThan(30);
  await expectNoAxeViolations(page);

  const card = page.getByTestId('subscriptions').getByRole('listitem').filter({ hasText: hook });
  await expect(card).toContainText('建筑物基础信息');
  await expect(card.getByTestId('delivery-status')).toHaveText('正常，无失败投递');

  // Shown once: a new visit shows the subscription, never its secret.
  await fitsPhone(page);
  await expect(page.getByTestId('signing-secret')).toHaveCount(0);
  await expect(card).toBeVisible();

  await card.getByRole('button', { name: '取消订阅 440104-SK-D003' }).click();
  await expect(page.getByTestId('subscriptions').getByRole('listitem').filter({ hasText: hook })).toHaveCount(0);

  // The other target: a queue of the subscription's own, which the department's system reads through the API.
  await form.getByLabel('数据资源').selectOption('440104-SK-D003');
  await form.getByRole('radio', { name: /消息队列/ }).check();
  await expect(form.getByLabel('回调地址')).toHaveCount(0);
  await form.getByRole('button', { name: '以消息队列订阅' }).click();
  const queued = page.getByTestId('queue-created');
  await expect(queued).toContainText('变更事件将存入其队列');
  const subscriptionId = /已创建订阅 (\S+)：/.exec((await queued.textContent()) ?? '')?.[1] ?? '';
  expect(subscriptionId).not.toBe('');
  await expect(queued).toContainText(`/api/data/subscriptions/${subscriptionId}/messages`);
  await expectNoAxeViolations(page);

  const queueCard = page.getByTestId('subscriptions').getByRole('listitem').filter({ hasText: subscriptionId });
  await expect(queueCard).toContainText('消息队列（本部门系统通过接口读取）');
  await expect(queueCard.getByTestId('queue-pending')).toHaveText('暂无待读取事件');
  await fitsPhone(page);
  await expect(queueCard).toBeVisible();
  await queueCard.getByRole('button', { name: '取消订阅 440104-SK-D003' }).click();
  await expect(page.getByTestId('subscriptions').getByRole('listitem').filter({ hasText: subscriptionId })).toHaveCount(
    0,
  );
});

test('an officer of the department sees its subscriptions on a phone, without subscribing', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, 'officer2', '/staff/data/subscriptions');
  await expect(page.getByRole('heading', { level: 1, name: '数据变更订阅' })).toBeVisible();
  await expect(page.getByText('订阅和取消订阅由部门负责人办理。')).toBeVisible();
  await expect(page.getByTestId('subscribe-form')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /取消订阅/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
});
