import { expect, type APIRequestContext } from '@playwright/test';
import { credentials, samplePdf } from './support.js';

/** Cases filed and decided through the API for browser tests that need some in an inbox (the local password shortcut). */

export const itemCode = '440104-MZ-0007';

interface Guide {
  form: { sections: { fields: { id: string; type: string; example?: string | number | boolean }[] }[] };
  materials: { required: boolean; name: { zh: string } }[];
}

export interface Filed {
  caseId: string;
  caseNumber: string;
  /** The answers the case was filed with (the form's sample answers). */
  answers: Record<string, unknown>;
}

/** A token for a demo user, staff (with their authenticator code) or citizen. */
export async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const res = await request.post('/api/auth/local/token', { data: credentials(username) });
  expect(res.status(), `sign-in of ${username}`).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

export async function guideOf(request: APIRequestContext, code = itemCode): Promise<Guide> {
  return (await (await request.get(`/api/services/${code}`)).json()) as Guide;
}

/** The form's sample answers and a PDF uploaded (as the user of `token`) for each required material of `code`. */
async function sampleFiling(request: APIRequestContext, token: string, code: string) {
  const guide = await guideOf(request, code);
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
    expect(ticket.status()).toBe(201);
    const { documentId, uploadUrl, headers } = (await ticket.json()) as {
      documentId: string;
      uploadUrl: string;
      headers: Record<string, string>;
    };
    expect((await request.put(uploadUrl, { headers, data: pdf })).ok()).toBe(true);
    materials.push({ material: index, documentIds: [documentId] });
  }
  return { answers, materials };
}

/** Files an online case (of `code`) for citizen1 through the API: the form's sample answers and a PDF per material. */
export async function fileOnlineCase(
  request: APIRequestContext,
  token: string,
  pickup: { method: 'download' } | { method: 'station'; street: string } = { method: 'download' },
  code = itemCode,
): Promise<Filed> {
  const { answers, materials } = await sampleFiling(request, token, code);
  const res = await request.post('/api/cases', {
    headers: { authorization: `Bearer ${token}` },
    data: { itemCode: code, answers, materials, pickup, submissionToken: crypto.randomUUID() },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { ...((await res.json()) as Omit<Filed, 'answers'>), answers };
}

/** A household of three under the subsistence line: a child at school, a grandmother of 82 with grade-2 disability. */
export const poorHousehold = {
  members: [
    { name: '陈小明', relation: 'self', age: 45, unemployed: true },
    { name: '陈一', relation: 'child', age: 10, schooling: 'compulsory' },
    { name: '陈奶奶', relation: 'parent', age: 82, disability: '2' },
  ],
  monthlyIncome: 3600,
  financialAssets: 20000,
  housing: 'rented',
  housingArea: 36,
};

/** Files a relief case (综合救助, 440104-MZ-0011) for `programs` through the API, as the /relief intake does. */
export async function fileReliefCase(request: APIRequestContext, token: string, programs: string[]): Promise<Filed> {
  const { answers, materials } = await sampleFiling(request, token, '440104-MZ-0011');
  const res = await request.post('/api/relief/applications', {
    headers: { authorization: `Bearer ${token}` },
    data: { household: poorHousehold, programs, answers, materials, submissionToken: crypto.randomUUID() },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { ...((await res.json()) as Omit<Filed, 'answers'>), answers };
}

/** Decides the case's open item of `step` through the API, once the workflow has opened it. */
export async function decideByApi(
  request: APIRequestContext,
  token: string,
  caseId: string,
  step: string,
  outcome: string,
  comment = '',
): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  let workItemId = '';
  await expect(async () => {
    const inbox = (await (await request.get(`/api/work-items?caseId=${caseId}`, { headers })).json()) as {
      items: { caseId: string; step: string; workItemId: string }[];
    };
    workItemId = inbox.items.find((i) => i.caseId === caseId && i.step === step)?.workItemId ?? '';
    expect(workItemId).not.toBe('');
  }).toPass({ timeout: 30_000 });
  const res = await request.post(`/api/work-items/${workItemId}/decision`, { headers, data: { outcome, comment } });
  expect(res.status(), await res.text()).toBe(200);
}
