import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { credentials, samplePdf, signIn } from './support.js';

// The staff case page (issue 13 §8, 退回重审): personal answers masked by one rule with an audited 显示, the
// head's return to the review with a reason shown to the officer — at desktop width and on a 375 px phone.
test.describe.configure({ mode: 'serial' });

const itemCode = '440104-MZ-0007';
const reason = '请再核实申请人年龄证明材料';

interface Guide {
  form: { sections: { fields: { id: string; example?: string | number | boolean }[] }[] };
  materials: { required: boolean }[];
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/auth/local/token', { data: credentials(username) });
  expect(res.status()).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function fileCase(
  request: APIRequestContext,
  token: string,
): Promise<{ caseId: string; answers: Record<string, unknown> }> {
  const guide = (await (await request.get(`/api/services/${itemCode}`)).json()) as Guide;
  const answers = Object.fromEntries(
    guide.form.sections.flatMap((s) => s.fields).flatMap((f) => (f.example === undefined ? [] : [[f.id, f.example]])),
  );
  const materials: { material: number; documentIds: string[] }[] = [];
  for (const [index, material] of guide.materials.entries()) {
    if (!material.required) continue;
    const pdf = samplePdf();
    const ticket = await request.post('/api/documents/uploads', {
      headers: { authorization: `Bearer ${token}` },
      data: { fileName: `材料${index}.pdf`, contentType: 'application/pdf', size: pdf.length },
    });
    const { documentId, uploadUrl, headers } = (await ticket.json()) as {
      documentId: string;
      uploadUrl: string;
      headers: Record<string, string>;
    };
    expect((await request.put(uploadUrl, { headers, data: pdf })).ok()).toBe(true);
    materials.push({ material: index, documentIds: [documentId] });
  }
  const res = await request.post('/api/cases', {
    headers: { authorization: `Bearer ${token}` },
    data: { itemCode, answers, materials, pickup: { method: 'download' }, submissionToken: crypto.randomUUID() },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { caseId: ((await res.json()) as { caseId: string }).caseId, answers };
}

async function decideByApi(request: APIRequestContext, user: string, caseId: string, step: string, outcome: string) {
  const headers = { authorization: `Bearer ${await tokenFor(request, user)}` };
  let workItemId = '';
  await expect(async () => {
    const inbox = (await (await request.get(`/api/work-items?caseId=${caseId}`, { headers })).json()) as {
      items: { caseId: string; step: string; workItemId: string }[];
    };
    workItemId = inbox.items.find((i) => i.caseId === caseId && i.step === step)?.workItemId ?? '';
    expect(workItemId).not.toBe('');
  }).toPass({ timeout: 30_000 });
  const res = await request.post(`/api/work-items/${workItemId}/decision`, {
    headers,
    data: { outcome, comment: '已核' },
  });
  expect(res.status(), await res.text()).toBe(200);
}

for (const width of [1280, 375]) {
  test(`the officer sees personal answers masked and reveals them on purpose (${width} px)`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height: 812 });
    const { caseId, answers } = await fileCase(request, await tokenFor(request, 'citizen1'));
    const name = answers.applicantName as string;
    const idNumber = answers.idNumber as string;
    await signIn(page, 'officer1', `/staff/cases/${caseId}`);
    await page.goto(`/staff/cases/${caseId}`);
    await expect(page.getByTestId('case-applicant')).toHaveText(`${Array.from(name)[0]}**`);
    await expect(page.locator('[data-field="idNumber"]')).toHaveText(
      `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`,
    );
    await expect(page.locator('main')).not.toContainText(name);
    await expect(page.getByRole('link', { name: '申请回执（PDF）' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: '显示' }).click();
    await expect(page.getByTestId('case-applicant')).toHaveText(name);
    await expect(page.locator('[data-field="idNumber"]')).toHaveText(idNumber);
    await expect(page.getByRole('button', { name: '隐藏' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the head returns a case for review with a reason, and the officer reads it (375 px)', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const { caseId } = await fileCase(request, await tokenFor(request, 'citizen1'));
  await decideByApi(request, 'officer1', caseId, 'accept', 'accept');
  await decideByApi(request, 'officer1', caseId, 'review', 'approve');
  await signIn(page, 'head1', `/staff/cases/${caseId}`);
  await expect(async () => {
    await page.goto(`/staff/cases/${caseId}`);
    await expect(page.getByRole('radio', { name: '退回重审', exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('radio', { name: '退回重审', exact: true }).check();
  await page.getByRole('button', { name: '提交意见' }).click();
  await expect(page.getByText(/请填写理由/)).toBeVisible();
  await page.getByRole('radio', { name: '退回重审', exact: true }).check();
  await page.getByLabel(/意见说明/).fill(reason);
  await page.getByRole('button', { name: '提交意见' }).click();

  await page.context().clearCookies();
  await signIn(page, 'officer1', `/staff/cases/${caseId}`);
  await expect(async () => {
    await page.goto(`/staff/cases/${caseId}`);
    await expect(page.locator('[data-event="returned_for_review"]')).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  const entry = page.locator('[data-event="returned_for_review"]');
  await expect(entry).toContainText('负责人退回重审');
  await expect(entry).toContainText(reason);
  await expectNoAxeViolations(page);
});
