import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../unit/pdf/pdf-reader.js';
import { api, origin, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase, onlineItem, sampleAnswers, workItemFor } from '../support/cases.js';

/** Issue 13 §8: one masking rule for staff, audited reveals, and papers addressed to the applicant by name. */

let caseId = '';
let answers: Record<string, unknown> = {};

async function unmaskingsOf(username: string) {
  const actor = (await api('GET', '/api/me', { token: await tokenFor(username) })).body.sub;
  const res = await api('GET', `/api/audit?actor=${actor}&action=personal.unmask&limit=50`, {
    token: await tokenFor('supervisor1'),
  });
  expect(res.status).toBe(200);
  return res.body.items as { at: string; resource: { id: string }; details?: Record<string, string> }[];
}

async function pdfText(path: string, user: string): Promise<string> {
  const res = await fetch(`${origin()}${path}`, { headers: { authorization: `Bearer ${await tokenFor(user)}` } });
  expect(res.status).toBe(200);
  return (await readPdf(new Uint8Array(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  answers = await sampleAnswers(onlineItem);
  caseId = (await fileOnlineCase('citizen1')).body.caseId as string;
}, 120_000);

describe('personal answers on the staff case view', () => {
  it('masks the applicant in the basic facts and the form alike, and lists what is masked', async () => {
    const res = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('officer1') });
    expect(res.status).toBe(200);
    const name = answers.applicantName as string;
    const idNumber = answers.idNumber as string;
    expect(res.body.applicantMasked).toBe(`${Array.from(name)[0]}${'*'.repeat(Array.from(name).length - 1)}`);
    expect(res.body.answers.applicantName).toBe(res.body.applicantMasked);
    expect(res.body.answers.idNumber).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    expect(res.body.answers.mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(res.body.maskedFields).toEqual(expect.arrayContaining(['applicant', 'applicantName', 'idNumber', 'mobile']));
    expect(res.body.applicantName).toBeUndefined();
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(name);
  });

  it('reveals the answers in full to staff in scope and audits it as personal.unmask (who, what, when)', async () => {
    const before = (await unmaskingsOf('officer1')).length;
    const res = await api('GET', `/api/cases/${caseId}?reveal=true`, { token: await tokenFor('officer1') });
    expect(res.status).toBe(200);
    expect(res.body.answers.idNumber).toBe(answers.idNumber);
    expect(res.body.applicantName).toBe(answers.applicantName);
    expect(res.body.maskedFields).toEqual([]);
    const unmaskings = await unmaskingsOf('officer1');
    expect(unmaskings.length).toBe(before + 1);
    const latest = unmaskings.find((u) => u.resource.id === caseId);
    expect(latest?.details?.fields).toContain('idNumber');
    expect(latest?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(JSON.stringify(unmaskings)).not.toContain(answers.idNumber as string);
  });

  it('refuses a reveal out of scope and a malformed reveal naming the field', async () => {
    const other = await api('GET', `/api/cases/${caseId}?reveal=true`, { token: await tokenFor('officer2') });
    expect([403, 404]).toContain(other.status);
    const bad = await api('GET', `/api/cases/${caseId}?reveal=yes`, { token: await tokenFor('officer1') });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('reveal');
  });

  it('shows the applicant their own answers in full, without maskedFields', async () => {
    const res = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('citizen1') });
    expect(res.body.answers.idNumber).toBe(answers.idNumber);
    expect(res.body.maskedFields).toBeUndefined();
  });
});

describe('papers addressed to the applicant', () => {
  it('names the applicant in full on the submission receipt, without an acceptance time', async () => {
    const text = await pdfText(`/api/cases/${caseId}/receipt.pdf`, 'citizen1');
    expect(text).toContain('申请回执');
    expect(text).toContain(answers.applicantName as string);
    expect(text).not.toContain('**');
    expect(text).not.toContain('受理时间');
  });

  it('shows the applicant the files received without their SHA-256, which staff’s copy keeps', async () => {
    const applicantCopy = await pdfText(`/api/cases/${caseId}/receipt.pdf`, 'citizen1');
    expect(applicantCopy).toContain('电子文件 / 电子证照');
    expect(applicantCopy).not.toContain('SHA-256');
    expect(applicantCopy).not.toMatch(/[0-9a-f]{16}/);
    const staffCopy = await pdfText(`/api/cases/${caseId}/receipt.pdf`, 'officer1');
    expect(staffCopy).toContain('电子文件及 SHA-256 / 电子证照');
    expect(staffCopy.replace(/\s+/g, '')).toMatch(/[0-9a-f]{64}/);
  });

  it('names the applicant in full on the notice of acceptance and the result notice', async () => {
    await decideStep(caseId, 'officer1', 'accept', 'accept', '材料齐全');
    await decideStep(caseId, 'officer1', 'review', 'approve', '符合条件');
    await workItemFor(caseId, 'head1', 'decide');
    const accepted = await pdfText(`/api/cases/${caseId}/receipt.pdf`, 'citizen1');
    expect(accepted).toContain('受理通知书');
    expect(accepted).toContain(answers.applicantName as string);
    await decideStep(caseId, 'head1', 'decide', 'approved', '同意发放');
    await caseWhen(caseId, 'citizen1', (c) => Boolean(c.result));
    const result = await pdfText(`/api/cases/${caseId}/result.pdf`, 'citizen1');
    expect(result).toContain(`${answers.applicantName as string}`);
    expect(result).not.toContain('**');
  }, 120_000);
});
