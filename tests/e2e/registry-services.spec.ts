import { expect, test, type Page } from '@playwright/test';
import { creditCodeCheckCharacter } from '../../functions/src/registries/credit-code.js';
import { demoEntity } from '../../functions/src/registries/seed.js';
import { expectNoAxeViolations, signIn } from './support.js';

/**
 * The services use the base registries: a citizen consents to prefill from their own registry record, a
 * counter clerk looks a walk-in applicant up by ID number, a citizen binds their account to the entity they
 * represent — each at desktop width and at 375 px, with axe.
 */
const elderAllowance = '440104-MZ-0007';

async function atPhoneWidth(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page);
}

test('a citizen consents and sees their registry details prefilled on the application form', async ({ page }) => {
  await signIn(page, 'citizen2', `/services/${elderAllowance}/apply`);
  const consent = page.getByTestId('registry-consent');
  await expect(consent).toBeVisible();
  await expect(page.getByLabel('出生日期')).toHaveValue('');
  await expectNoAxeViolations(page);

  await consent.getByLabel('使用基础库中的本人信息预填').check();
  await consent.getByRole('button', { name: '预填' }).click();
  await expect(page.getByTestId('registry-prefill')).toContainText('已使用基础库中的本人信息预填');
  expect(page.url()).toContain('prefill=registry');
  await expect(page.getByLabel('出生日期')).toHaveValue('1992-08-23');
  await expect(page.getByLabel('户籍地址')).toHaveValue(/^广州市越秀区.+号\d+房$/);
  await expect(page.getByTestId('registry-consent')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await atPhoneWidth(page);
  await expect(page.getByLabel('出生日期')).toHaveValue('1992-08-23');
});

test('a counter clerk looks a walk-in applicant up by ID number and the counter form is prefilled', async ({
  page,
}) => {
  await signIn(page, 'clerk1', `/staff/counter/${elderAllowance}`);
  const lookup = page.getByTestId('applicant-lookup');
  await expect(lookup).toBeVisible();
  await expectNoAxeViolations(page);

  await lookup.getByLabel('申请人身份证号码').fill('440104198503152015');
  await lookup.getByRole('button', { name: '查询' }).click();
  await expect(lookup.getByRole('alert')).toContainText('有效的 18 位');

  await lookup.getByLabel('申请人身份证号码').fill('440104198503152014');
  await lookup.getByRole('button', { name: '查询' }).click();
  const record = page.getByTestId('applicant-record');
  await expect(record).toContainText('陈小明');
  await expect(record).toContainText('男');
  await expect(record).toContainText('1985-03-15');
  await expect(record).toContainText('广州市越秀区');
  await expect(page.getByLabel('申请人姓名')).toHaveValue('陈小明');
  await expect(page.getByLabel('居民身份证号码')).toHaveValue('440104198503152014');
  await expect(page.getByLabel('出生日期')).toHaveValue('1985-03-15');
  expect(page.url()).not.toContain('440104198503152014');
  await expectNoAxeViolations(page);

  await atPhoneWidth(page);
});

test('a citizen binds their account to the entity they represent and authorises an agent on their profile', async ({
  page,
}) => {
  await signIn(page, 'citizen1', '/my/profile');
  const panel = page.getByTestId('entity-binding');
  await expect(panel.getByRole('heading', { name: '绑定单位（法人）' })).toBeVisible();
  await expectNoAxeViolations(page);

  const unknown = `91440104MA5YYYYY9${creditCodeCheckCharacter('91440104MA5YYYYY9')}`;
  await panel.getByLabel('统一社会信用代码').fill(unknown);
  await panel.getByRole('button', { name: '绑定单位' }).click();
  await expect(panel.getByRole('alert')).toContainText('基础库中没有这个统一社会信用代码的单位');
  await expectNoAxeViolations(page);

  await panel.getByLabel('统一社会信用代码').fill(demoEntity.creditCode);
  await panel.getByRole('button', { name: '绑定单位' }).click();
  await expect(page.getByTestId('entity-current')).toContainText(demoEntity.name);
  await expect(page.getByTestId('entity-current')).toContainText('法定代表人');

  await panel.getByLabel('经办人身份证号码').fill('440104199208234521');
  await panel.getByRole('button', { name: '添加经办人' }).click();
  await expect(page.getByTestId('entity-agents')).toContainText('440104********4521');
  await expectNoAxeViolations(page);

  await atPhoneWidth(page);
  await expect(page.getByTestId('entity-current')).toContainText(demoEntity.name);

  // At phone width the representative withdraws the agent's authorisation again.
  await panel.getByRole('button', { name: '撤销 440104********4521 的授权' }).click();
  await expect(page.getByTestId('entity-agents')).toHaveCount(0);
  await expect(panel).toContainText('尚未授权经办人');
  await expectNoAxeViolations(page);
});
