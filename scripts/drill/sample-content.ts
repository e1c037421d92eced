import { randomUUID } from 'node:crypto';
import { demoCredentials } from '../../infra/local/identity/demo-users.js';

/**
 * Real content for a drill on a fresh (ephemeral) local cloud, written the way users write it, through the
 * API: a citizen's profile (encrypted personal data in the registry), an uploaded document (an object in
 * the documents bucket) and a filed case (core items, a workflow, audit records).
 */

/** A small but real PDF file. */
const samplePdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** 高龄老人津贴申领: an online civil-affairs item whose sample answers hold no dates. */
const itemCode = '440104-MZ-0007';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of the API, read field by field
async function call<T = any>(origin: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(new URL(path, origin), {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

async function signIn(origin: string, username: string): Promise<string> {
  const res = await call<{ access_token: string }>(
    origin,
    'POST',
    '/api/auth/local/token',
    undefined,
    demoCredentials(username),
  );
  return res.access_token;
}

async function upload(origin: string, token: string, fileName: string): Promise<string> {
  const created = await call(origin, 'POST', '/api/documents/uploads', token, {
    fileName,
    contentType: 'application/pdf',
    size: samplePdf.length,
  });
  const put = await fetch(created.uploadUrl, { method: 'PUT', headers: created.headers, body: samplePdf });
  if (!put.ok) throw new Error(`presigned PUT failed: ${put.status} ${await put.text()}`);
  return created.documentId as string;
}

/** Writes the sample content; returns the filed case's id. */
export async function writeSampleContent(origin: string): Promise<{ caseId: string }> {
  const token = await signIn(origin, 'citizen1');
  const profile = await call(origin, 'GET', '/api/me/profile', token);
  await call(origin, 'PUT', '/api/me/profile', token, {
    name: profile.name,
    phone: '13800138000',
    email: 'citizen1@demo.yuexiu.local',
    version: profile.version,
  });
  const guide = await call(origin, 'GET', `/api/services/${itemCode}`);
  const fields = (guide.form.sections as { fields: { id: string; example?: unknown }[] }[]).flatMap((s) => s.fields);
  const answers = Object.fromEntries(fields.filter((f) => f.example !== undefined).map((f) => [f.id, f.example]));
  const materials: { material: number; documentIds: string[] }[] = [];
  for (const [index, material] of (guide.materials as { required: boolean }[]).entries()) {
    if (material.required)
      materials.push({ material: index, documentIds: [await upload(origin, token, '申请书.pdf')] });
  }
  const filed = await call(origin, 'POST', '/api/cases', token, {
    itemCode,
    answers,
    materials,
    submissionToken: randomUUID(),
  });
  return { caseId: filed.caseId as string };
}
