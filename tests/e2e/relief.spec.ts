import { expect, test, type Page } from '@playwright/test';
import { decideByApi, tokenFor } from './case-api.js';
import { expectNoAxeViolations, samplePdf, signIn } from './support.js';

// 综合救助 (issue 20 item 2): a citizen enters the household once at /relief, sees which programs it may qualify
// for and why, chooses three programs of three departments and applies once with shared materials; each
// department decides its program (education in the browser, the others through the API); the citizen sees one
// case with an outcome per program — at desktop width and on a 375 px phone.
test.describe.configure({ mode: 'serial' });

async function member(page: Page, i: number, values: { name: string; relation?: string; age: string }) {
  const row = page.getByTestId(`relief-member-${i}`);
  await row.getByLabel('姓名', { exact: true }).fill(values.name);
  if (values.relation) await row.getByLabel('与申请人关系').selectOption(values.relation);
  await row.getByLabel('年龄（周岁）').fill(values.age);
  return row;
}

for (const width of [1280, 375]) {
  test(`a household applies once for three programs and three departments answer separately (${width} px)`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 812 });
    await signIn(page, 'citizen1', '/relief');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('社会救助一口受理');
    await expectNoAxeViolations(page);

    // Step 1: the household, the applicant first (their name from the profile).
    await expect(page.getByTestId('relief-member-0').getByLabel('姓名', { exact: true })).toHaveValue('陈小明');
    const self = await member(page, 0, { name: '陈小明', age: '45' });
    await self.getByLabel('劳动年龄内登记失业').check();
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    const child = await member(page, 1, { name: '陈一', relation: 'child', age: '10' });
    await child.getByLabel('在读情况').selectOption('compulsory');
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    const grandmother = await member(page, 2, { name: '陈奶奶', relation: 'parent', age: '82' });
    await grandmother.getByLabel('残疾等级').selectOption('2');
    await page.getByLabel('家庭月总收入（元）').fill('3600');
    await page.getByLabel('家庭存款、证券等金融资产（元）').fill('20000');
    await page.getByLabel('住房情况').selectOption('rented');
    await page.getByLabel('住房面积（平方米）').fill('36');
    await page.getByRole('button', { name: '查看可申请的救助项目' }).click();

    // Step 2: the programs it may qualify for, each condition explained.
    const results = page.getByTestId('relief-eligibility');
    await expect(results).toContainText('您家 3 人，月人均收入 1200 元');
    const dibao = results.locator('[data-program="MZ-DIBAO"]');
    await expect(dibao).toHaveAttribute('data-eligible', 'true');
    await expect(dibao).toContainText('家庭月人均收入不高于 1,500 元（您家为 1,200 元）');
    await expect(results.locator('[data-program="TY-KUNNAN-BANGFU"]')).toHaveAttribute('data-eligible', 'false');
    await expectNoAxeViolations(page);
    for (const name of ['最低生活保障', '义务教育困难学生生活补助', '重度残疾人护理补贴']) {
      await results.getByLabel(`申请“${name}”`).check();
    }
    await results.getByRole('button', { name: '第三步：填写申请表并提交' }).click();

    // Step 3: one form and one set of materials for all three.
    const apply = page.getByTestId('relief-apply');
    await expect(apply.getByLabel('申请人姓名')).toHaveValue('陈小明');
    await apply.getByLabel('联系手机').fill('13800138000');
    await apply.getByLabel('联系地址').fill('广州市越秀区北京街道示例路1号');
    await apply.getByLabel(/本人承诺所填信息/).check();
    for (const material of ['申请人居民身份证', '家庭成员收入情况说明']) {
      await apply
        .getByLabel(`选择“${material}”的文件`)
        .setInputFiles({ name: `${material}.pdf`, mimeType: 'application/pdf', buffer: samplePdf() });
    }
    await expectNoAxeViolations(page);
    await apply.getByRole('button', { name: '提交申请' }).click();
    const done = page.getByTestId('application-result');
    await expect(done).toBeVisible({ timeout: 30_000 });
    const href = await done.getByRole('link').first().getAttribute('href');
    const caseId = href!.split('/').pop()!;

    // Civil affairs accepts; each program's department decides its own.
    await decideByApi(request, await tokenFor(request, 'officer1'), caseId, 'accept', 'accept');
    await decideByApi(request, await tokenFor(request, 'officer1'), caseId, 'opinion', 'agree');
    await decideByApi(
      request,
      await tokenFor(request, 'officer-disabled-persons'),
      caseId,
      'opinion',
      'refuse',
      '残疾等级复核为三级，不属于重度残疾',
    );
    await page.context().clearCookies();
    await signIn(page, 'officer-education', `/staff/cases/${caseId}`);
    const agree = page.getByRole('radio', { name: '同意', exact: true });
    await expect(async () => {
      await page.goto(`/staff/cases/${caseId}`);
      await expect(agree).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const staffProgress = page.getByTestId('joint-review');
    await expect(staffProgress.locator('[data-program="JY-YIWU-BUZHU"]')).toHaveAttribute('data-status', 'reviewing');
    await expect(staffProgress.locator('[data-program="CL-HULI-BUTIE"]')).toContainText('不予救助');
    await expectNoAxeViolations(page);
    await agree.check();
    await page.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByTestId('decision-result')).toContainText('同意');
    await decideByApi(request, await tokenFor(request, 'head1'), caseId, 'decide', 'approved', '按各项目结果办理');

    // The citizen sees one case, an outcome per program, and the reason of the refusal.
    await page.context().clearCookies();
    await signIn(page, 'citizen1', `/my/cases/${caseId}`);
    await expect(async () => {
      await page.goto(`/my/cases/${caseId}`);
      await expect(page.getByText('已办结').first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    const mine = page.getByTestId('joint-review');
    await expect(mine.locator('li[data-program]')).toHaveCount(3);
    await expect(mine.locator('[data-program="MZ-DIBAO"]')).toContainText('准予救助');
    await expect(mine.locator('[data-program="JY-YIWU-BUZHU"]')).toContainText('准予救助');
    await expect(mine.locator('[data-program="CL-HULI-BUTIE"]')).toContainText('不予救助');
    await expect(mine.locator('[data-program="CL-HULI-BUTIE"]')).toContainText('残疾等级复核为三级');
    await expect(page.locator('main')).not.toContainText('officer-disabled-persons');
    await expectNoAxeViolations(page);

    // Supervision counts the programs granted (issue 20 item 3): this case's two grants and its refusal are in.
    await page.context().clearCookies();
    await signIn(page, 'supervisor1', '/staff/supervision');
    const programs = page.getByTestId('supervision-joint').getByTestId('joint-programs');
    await expect(programs.locator('tr[data-program="MZ-DIBAO"] th')).toContainText('最低生活保障');
    const granted = async (code: string) =>
      Number(await programs.locator(`tr[data-program="${code}"] td`).nth(1).innerText());
    expect(await granted('MZ-DIBAO')).toBeGreaterThanOrEqual(1);
    expect(await granted('JY-YIWU-BUZHU')).toBeGreaterThanOrEqual(1);
    expect(
      Number(await programs.locator('tr[data-program="CL-HULI-BUTIE"] td').nth(2).innerText()),
    ).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('joint-figures').locator('[data-figure="programsGranted"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the guide of 综合救助 and the home page send the citizen to /relief, not to the ordinary form', async ({
  page,
}) => {
  // /relief is for signed-in residents: the citizen signs in on the guide, as the apply button's users are.
  await signIn(page, 'citizen1', '/services/440104-MZ-0011');
  const apply = page.getByTestId('guide-apply');
  await expect(apply).toHaveText('一口受理：社会救助申请');
  await expect(page.getByRole('main').getByRole('link', { name: '在线申请', exact: true })).toHaveCount(0);
  await apply.click();
  await expect(page).toHaveURL(/\/relief$/);
  await page.goto('/services/440104-MZ-0011/apply');
  await expect(page).toHaveURL(/\/relief$/);
  await page.goto('/');
  await page.getByRole('link', { name: /一口受理：社会救助申请/ }).click();
  await expect(page).toHaveURL(/\/relief$/);
});
