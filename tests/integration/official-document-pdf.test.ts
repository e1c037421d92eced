import { describe, expect, it } from 'vitest';
import { demoUserFor, demoUsers } from '../../infra/local/identity/demo-users.js';
import { api, eventually, origin, tokenFor } from '../support/api.js';
import { documentAt } from '../support/official-documents.js';
import { checkPdfSignature, signatureFields } from '../support/pdf-signature.js';

/**
 * The signed document's final PDF through the API: the drafting and the recipient departments fetch it once
 * signed; it verifies as signed with an independent check; every copy taken is audited; nobody gets a PDF of
 * an unsigned document, and other departments do not learn that it exists.
 */

const pdfOf = async (user: string, id: string) => {
  const res = await fetch(`${origin()}/api/official-documents/${id}/pdf`, {
    headers: { authorization: `Bearer ${await tokenFor(user)}` },
  });
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
};

describe("an official document's signed PDF", () => {
  it('is signed by the department seal for the drafting and the recipient departments, and audited', async () => {
    const doc = await documentAt('signed');
    for (const user of ['officer1', 'officer2']) {
      const pdf = await pdfOf(user, doc.id);
      expect(pdf.status, user).toBe(200);
      expect(pdf.type).toBe('application/pdf');
      expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(checkPdfSignature(pdf.bytes)).toMatchObject({
        coversFile: true,
        digestMatches: true,
        signatureValid: true,
        certificateSelfSigned: true,
        signerCommonName: '越秀区民政局（电子公章）',
      });
      expect(await signatureFields(pdf.bytes)).toHaveLength(1);
    }
    const signedAt = (
      await api<{ signedAt: string }>('GET', `/api/official-documents/${doc.id}`, { token: await tokenFor('officer1') })
    ).body.signedAt;
    expect(checkPdfSignature((await pdfOf('officer1', doc.id)).bytes).signingTime?.getTime()).toBe(
      Math.floor(Date.parse(signedAt) / 1000) * 1000,
    );

    const sub = demoUsers.find((u) => u.username === 'officer2')!.sub;
    const record = await eventually(async () => {
      const res = await api('GET', `/api/audit?actor=${sub}&limit=200`, { token: await tokenFor('supervisor1') });
      return (res.body.items as { action: string; resource: { id: string } }[]).find(
        (r) => r.action === 'official-documents.pdf' && r.resource.id === doc.id,
      );
    });
    expect(record).toBeDefined();
  });

  it('does not exist before signing, reaches the copy recipients, and stays hidden from other departments', async () => {
    const draft = await documentAt('signing');
    expect((await pdfOf('officer1', draft.id)).status).toBe(409);
    const signed = await documentAt('signed');
    // Main recipient market supervision (head2), copy recipient health; education was not sent it.
    expect((await pdfOf('head2', signed.id)).status).toBe(200);
    expect((await pdfOf(demoUserFor('officer', 'health')!.username, signed.id)).status).toBe(200);
    expect((await pdfOf(demoUserFor('officer', 'education')!.username, signed.id)).status).toBe(404);
  });
});
