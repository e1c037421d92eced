import { randomUUID } from 'node:crypto';
import { credentials, samplePdf } from './support.js';

/**
 * An approved case with an e-certificate for the wallet and verify specs, driven through the API of the
 * running portal (the same calls the citizen's and the staff's pages make), so the spec can start at the
 * wallet. The item 高龄老人津贴申领 yields an 高龄老人津贴资格证明.
 */
const base = 'http://localhost:3000';
const item = '440104-MZ-0007';

async function call(method: string, path: string, token?: string, body?: unknown): Promise<any> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const payload = await res.json().catch(() => undefined);
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(payload)}`);
  return payload;
}

const tokenFor = async (username: string) =>
  (await call('POST', '/api/auth/local/token', undefined, credentials(username))).access_token as string;

async function until<T>(check: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function upload(token: string): Promise<string> {
  const pdf = samplePdf();
  const created = await call('POST', '/api/documents/uploads', token, {
    fileName: '材料.pdf',
    contentType: 'application/pdf',
    size: pdf.length,
  });
  const put = await fetch(created.uploadUrl, { method: 'PUT', headers: created.headers, body: new Uint8Array(pdf) });
  if (!put.ok) throw new Error(`upload failed: ${put.status}`);
  return created.documentId as string;
}

async function decide(caseId: string, username: string, step: string, outcome: string) {
  const token = await tokenFor(username);
  const item = await until(async () => {
    const inbox = await call('GET', `/api/work-items?caseId=${caseId}`, token);
    return (inbox.items as { caseId: string; step: string; workItemId: string }[]).find(
      (i) => i.caseId === caseId && i.step === step,
    );
  });
  await call('POST', `/api/work-items/${item.workItemId}/decision`, token, { outcome, comment: '符合条件' });
}

/** Files, accepts, reviews and approves a case for `username`; resolves with its certificate's number. */
export async function approvedCertificate(username: string): Promise<string> {
  const token = await tokenFor(username);
  const guide = await call('GET', `/api/services/${item}`);
  const fields = (guide.form.sections as { fields: { id: string; example?: unknown }[] }[]).flatMap((s) => s.fields);
  const answers = Object.fromEntries(fields.filter((f) => f.example !== undefined).map((f) => [f.id, f.example]));
  const materials = [];
  for (const [index, material] of (guide.materials as { required: boolean }[]).entries()) {
    if (material.required) materials.push({ material: index, documentIds: [await upload(token)] });
  }
  const filed = await call('POST', '/api/cases', token, {
    itemCode: item,
    answers,
    materials,
    submissionToken: randomUUID(),
  });
  await decide(filed.caseId, 'officer1', 'accept', 'accept');
  await decide(filed.caseId, 'officer1', 'review', 'approve');
  await decide(filed.caseId, 'head1', 'decide', 'approved');
  return until(async () => {
    const wallet = await call('GET', '/api/me/certificates', token);
    return (wallet.items as { caseId: string; number: string }[]).find((c) => c.caseId === filed.caseId)?.number;
  });
}
