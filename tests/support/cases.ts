import { randomUUID } from 'node:crypto';
import { api, eventually, tokenFor, type ApiResponse } from './api.js';
import { uploadDocument } from './documents.js';

/** An online civil-affairs item with a review step: 高龄老人津贴申领 (allowance for the very old). */
export const onlineItem = '440104-MZ-0007';

interface GuideField {
  id: string;
  example?: unknown;
  showWhen?: unknown;
}

/** The answers of an item's filled sample: each field's example. */
export async function sampleAnswers(code: string): Promise<Record<string, unknown>> {
  const guide = await api('GET', `/api/services/${code}`);
  if (guide.status !== 200) throw new Error(`no guide for ${code}: ${JSON.stringify(guide.body)}`);
  const fields = (guide.body.form.sections as { fields: GuideField[] }[]).flatMap((s) => s.fields);
  return Object.fromEntries(fields.filter((f) => f.example !== undefined).map((f) => [f.id, f.example]));
}

/** One uploaded PDF for each required material of the item, as `user`. */
export async function requiredMaterials(code: string, user: string) {
  const guide = await api('GET', `/api/services/${code}`);
  const token = await tokenFor(user);
  const materials: { material: number; documentIds: string[] }[] = [];
  for (const [index, material] of (guide.body.materials as { required: boolean }[]).entries()) {
    if (material.required) materials.push({ material: index, documentIds: [await uploadDocument(token)] });
  }
  return materials;
}

/** Files an online case of `code` for `user` with sample answers and the required materials. */
export async function fileOnlineCase(
  user = 'citizen1',
  code = onlineItem,
  extra: Record<string, unknown> = {},
): Promise<ApiResponse<any>> {
  const body = {
    itemCode: code,
    answers: await sampleAnswers(code),
    materials: await requiredMaterials(code, user),
    submissionToken: randomUUID(),
    ...extra,
  };
  const res = await api('POST', '/api/cases', { token: await tokenFor(user), body });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** The open work item of a case in `user`'s inbox (optionally of one step), once the workflow opened it. */
export async function workItemFor(caseId: string, user: string, step?: string, timeoutMs = 20_000) {
  const token = await tokenFor(user);
  return eventually(async () => {
    const inbox = await api('GET', `/api/work-items?caseId=${encodeURIComponent(caseId)}`, { token });
    return (inbox.body.items as { caseId: string; workItemId: string; step: string }[]).find(
      (i) => i.caseId === caseId && (step === undefined || i.step === step),
    );
  }, timeoutMs);
}

/** Decides the case's open work item of `step` as `user`. */
export async function decideStep(caseId: string, user: string, step: string, outcome: string, comment = '') {
  const item = await workItemFor(caseId, user, step);
  const res = await api('POST', `/api/work-items/${item.workItemId}/decision`, {
    token: await tokenFor(user),
    body: { outcome, comment },
  });
  if (res.status !== 200) throw new Error(`decision failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res;
}

/** The case as `user` sees it, once `check` holds. */
export async function caseWhen(caseId: string, user: string, check: (c: any) => boolean, timeoutMs = 20_000) {
  const token = await tokenFor(user);
  return eventually(async () => {
    const res = await api('GET', `/api/cases/${caseId}`, { token });
    return res.status === 200 && check(res.body) ? res.body : undefined;
  }, timeoutMs);
}
