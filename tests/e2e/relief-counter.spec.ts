import { expect, test, type Page } from '@playwright/test';
import { decideByApi, guideOf, tokenFor } from './case-api.js';
import { expectNoAxeViolations, samplePdf, signIn } from './support.js';

// 综合救助 at the street window (一口受理, issue 20 item 2): clerk1 of 北京街 takes a relief application for a
// resident who came in person — the household once, three programs of three departments, the counter's form
// and scanned materials — accepted on the spot; each department answers its program, the head decides, and
// the clerk sees the outcome per program (from the handover list too) — at desktop width and on a 375 px phone.
test.describe.configure({ mode: 'serial' });

const reliefItem = '440104-MZ-0011';

async function member(page: Page, i: number, values: { name: string; relation?: string; age: string }) {
  const row = page.getByTestId(`relief-member-${i}`);
  await row.getByLabel('姓名', { exact: true }).fill(values.name);
  if (values.relation) await row.getByLabel('与申请人关系').selectOption(values.relation);
  await row.getByLabel('年龄（周岁）').fill(values.age);
  return row;
}

for (const width of [1280, 375]) {
  test(`a street clerk takes a relief application and sees each program's outcome (${width} px)`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 812 });
    const guide = await guideOf(request, reliefItem);
    await signIn(page, 'clerk1', '/staff/counter');
    await page.getByRole('link', { name: '一口受理：社会救助申请（综合救助）' }).click();
    await expect(page).toHaveURL(/\/staff\/counter\/relief$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('窗口收件：社会救助一口受理');
    await expectNoAxeViolations(page);

    // Step 1: the resident's household, as they tell it at the window.
    const self = await member(page, 0, { name: '周建华', age: '45' });
    await self.getByLabel('劳动年龄内登记失业').check();
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    const child = await member(page, 1, { name: '周一', relation: 'child', age: '10' });
    await child.getByLabel('在读情况').selectOption('compulsory');
    await page.getByRole('button', { name: '添加家庭成员' }).click();
    const grandmother = await member(page, 2, { name: '周奶奶', relation: 'parent', age: '82' });
    await grandmother.getByLabel('残疾等级').selectOption('2');
    await page.getByLabel('家庭月总收入（元）').fill('3600');
    await page.getByLabel('家庭存款、证券等金融资产（元）').fill('20000');
    await page.getByLabel('住房情况').selectOption('rented');
    await page.getByLabel('住房面积（平方米）').fill('36');
    await page.getByRole('button', { name: '查看可申请的救助项目' }).click();

    // Step 2: the programs it may qualify for, each condition explained; three of three departments chosen.
    const results = page.getByTestId('relief-eligibility');
    await expect(results).toContainText('月人均收入 1200 元');
    await expect(results.locator('[data-program="TY-KUNNAN-BANGFU"]')).toHaveAttribute('data-eligible', 'false');
    for (const name of ['最低生活保障', '义务教育困难学生生活补助', '重度残疾人护理补贴']) {
      await results.getByLabel(`申请“${name}”`).check();
    }
    await results.getByRole('button', { name: '第三步：填写申请表并提交' }).click();

    // Step 3: the counter's form of the relief item — the applicant's answers, scans, the ID check, pickup.
    const apply = page.getByTestId('relief-apply');
    for (const field of guide.form.sections.flatMap((s) => s.fields)) {
      if (field.example === undefined) continue;
      const input = apply.locator(`#answer-${field.id}`);
      if (field.type === 'checkbox') await input.check();
      else if (field.type === 'radio')
        await apply.locator(`input[name="answer-${field.id}"][value="${field.example}"]`).check();
      else if (field.type === 'select') await input.selectOption(String(field.example));
      else await input.fill(String(field.example));
    }
    for (const [index, material] of guide.materials.entries()) {
      if (!material.required) continue;
      const fileName = `救助扫描件${index}.pdf`;
      await apply
        .locator(`#file-${index}`)
        .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: samplePdf() });
      await expect(apply.getByText(`已检查 ✓ ${fileName}`)).toBeVisible();
    }
    await apply.getByLabel(/我已当面核验申请人的居民身份证原件/).check();
    await apply.getByLabel('到街道服务站领取办理结果').check();
    await expectNoAxeViolations(page);
    await apply.getByRole('button', { name: '当场受理并生成受理通知书' }).click();

    // Accepted on the spot: one case, each program under review by its department.
    await expect(page).toHaveURL(/\/staff\/counter\/filed\//, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: '已当场受理' })).toBeVisible();
    const caseNumber = (await page.getByTestId('case-number').textContent())!;
    const caseId = page.url().split('/').pop()!;
    const programs = page.getByTestId('counter-programs');
    await expect(programs.locator('li[data-program]')).toHaveCount(3);
    await expect(programs.locator('[data-program="JY-YIWU-BUZHU"]')).toHaveAttribute('data-status', 'reviewing');
    await expect(programs.locator('[data-program="CL-HULI-BUTIE"]')).toContainText('残疾人联合会');
    await expectNoAxeViolations(page);

    // Each department answers its program; the lead department's head decides.
    await decideByApi(request, await tokenFor(request, 'officer1'), caseId, 'opinion', 'agree', '低保台账已比对');
    await decideByApi(request, await tokenFor(request, 'officer-education'), caseId, 'opinion', 'agree');
    await decideByApi(
      request,
      await tokenFor(request, 'officer-disabled-persons'),
      caseId,
      'opinion',
      'refuse',
      '残疾等级复核为三级，不属于重度残疾',
    );
    await decideByApi(request, await tokenFor(request, 'head1'), caseId, 'decide', 'approved', '按各项目结果办理');

    // The result waits at the clerk's station: the handover is in clerk1's inbox.
    await expect(async () => {
      await page.goto('/staff');
      await expect(page.locator(`tr[data-case-number="${caseNumber}"][data-step="handover"]`)).toBeVisible({
        timeout: 1_000,
      });
    }).toPass({ timeout: 30_000 });

    // The clerk sees each program's department and outcome, the refusal's reason, no officer's name or note.
    await page.goto(`/staff/counter/filed/${caseId}`);
    const outcomes = page.getByTestId('counter-programs');
    await expect(outcomes.locator('[data-program="MZ-DIBAO"]')).toContainText('准予救助');
    await expect(outcomes.locator('[data-program="MZ-DIBAO"]')).toContainText('民政局');
    await expect(outcomes.locator('[data-program="JY-YIWU-BUZHU"]')).toContainText('准予救助');
    await expect(outcomes.locator('[data-program="CL-HULI-BUTIE"]')).toContainText('不予救助');
    await expect(outcomes.locator('[data-program="CL-HULI-BUTIE"]')).toContainText('残疾等级复核为三级');
    await expect(outcomes).not.toContainText('officer');
    await expect(outcomes).not.toContainText('低保台账已比对');
    await expectNoAxeViolations(page);

    // The case view from the handover shows the same outcomes.
    await page.goto(`/staff/cases/${caseId}`);
    const progress = page.getByTestId('joint-review');
    await expect(progress.locator('li[data-program]')).toHaveCount(3);
    await expect(progress.locator('[data-program="CL-HULI-BUTIE"]')).toHaveAttribute('data-status', 'refuse');
    await expect(progress).not.toContainText('officer');
    await expectNoAxeViolations(page);
  });
}

test('the relief item at the counter leads to its one window, not to the ordinary form', async ({ page }) => {
  await signIn(page, 'clerk1', '/staff/counter');
  await page.goto(`/staff/counter/${reliefItem}`);
  await expect(page).toHaveURL(/\/staff\/counter\/relief$/);
  await page.goto('/staff/counter?q=%E7%A4%BE%E4%BC%9A%E6%95%91%E5%8A%A9');
  await page.getByRole('link', { name: /为群众办理：社会救助一口受理/ }).click();
  await expect(page).toHaveURL(/\/staff\/counter\/relief$/);
});
