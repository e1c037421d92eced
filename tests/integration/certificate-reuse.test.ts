import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskName } from '../../functions/src/platform/personal-data/masking.js';
import { readPdf } from '../unit/pdf/pdf-reader.js';
import { api, origin, setCloudClock, tokenFor } from '../support/api.js';
import { issuedCertificate } from '../support/certificates.js';
import { onlineItem, requiredMaterials, sampleAnswers } from '../support/cases.js';

/**
 * Reuse of an e-certificate instead of an upload (证照核查): 高龄老人助餐配餐服务申请 (440104-MZ-0010) needs the
 * 高龄老人津贴资格证明 that an approved 440104-MZ-0007 case issues; its material 0 takes a certificate from the
 * applicant's wallet, checked at submission (owner, type, validity, revocation, signature).
 */
const reuseItem = '440104-MZ-0010';
let mine: { caseId: string; certificate: any };
let theirs: { caseId: string; certificate: any };

beforeAll(async () => {
  mine = await issuedCertificate('citizen1');
  theirs = await issuedCertificate('citizen2');
}, 240_000);

afterAll(() => setCloudClock(undefined));

async function apply(user: string, certificateId: string, itemCode = reuseItem, material = 0, others: object[] = []) {
  return api('POST', '/api/cases', {
    token: await tokenFor(user),
    body: {
      itemCode,
      answers: await sampleAnswers(itemCode),
      materials: [{ material, certificateId }, ...others],
      submissionToken: randomUUID(),
    },
  });
}

describe('an e-certificate instead of an upload', () => {
  it('files the case and records what was checked, which the officer reads on the case', async () => {
    const res = await apply('citizen1', mine.certificate.certificateId);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const officer = await api('GET', `/api/cases/${res.body.caseId}`, { token: await tokenFor('officer1') });
    expect(officer.status).toBe(200);
    expect(officer.body.materials).toEqual([]);
    expect(officer.body.certificates).toEqual([
      expect.objectContaining({
        material: 0,
        certificateId: mine.certificate.certificateId,
        type: 'elderly-allowance-certificate',
        number: mine.certificate.number,
        issuer: expect.objectContaining({ name: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' } }),
        status: 'valid',
        revoked: false,
        validUntil: mine.certificate.validUntil,
        checkedAt: expect.any(String),
      }),
    ]);
  });

  it("refuses another person's certificate, naming the material", async () => {
    const res = await apply('citizen1', theirs.certificate.certificateId);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'CERTIFICATE_NOT_IN_WALLET',
      details: { field: 'materials.0.certificateId', material: 0 },
    });
    expect(res.body.error.message).toContain('高龄老人津贴资格证明');
  });

  it('refuses a certificate of another type than the material takes', async () => {
    // Material 0 of the allowance itself is the resident ID card (resident-id-card).
    const files = (await requiredMaterials(onlineItem, 'citizen1')).filter((m) => m.material !== 0);
    const res = await apply('citizen1', mine.certificate.certificateId, onlineItem, 0, files);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'CERTIFICATE_WRONG_TYPE',
      details: { expected: 'resident-id-card', given: 'elderly-allowance-certificate' },
    });
  });

  it('refuses a certificate for a material no certificate can replace, and both files and a certificate', async () => {
    const optional = await apply('citizen1', mine.certificate.certificateId, reuseItem, 1, [
      { material: 0, certificateId: mine.certificate.certificateId },
    ]);
    expect(optional.status).toBe(400);
    expect(optional.body.error.code).toBe('MATERIAL_NOT_CERTIFIABLE');
    const both = await api('POST', '/api/cases', {
      token: await tokenFor('citizen1'),
      body: {
        itemCode: reuseItem,
        answers: await sampleAnswers(reuseItem),
        materials: [{ material: 0, certificateId: mine.certificate.certificateId, documentIds: [randomUUID()] }],
        submissionToken: randomUUID(),
      },
    });
    expect(both.status).toBe(400);
    expect(JSON.stringify(both.body)).toContain('either documentIds');
  });

  it('refuses a revoked certificate', async () => {
    const { certificate } = await issuedCertificate('citizen1');
    const revoked = await api('POST', `/api/certificates/${certificate.certificateId}/revocation`, {
      token: await tokenFor('officer1'),
      body: { reason: '资格已终止' },
    });
    expect(revoked.status).toBe(200);
    const res = await apply('citizen1', certificate.certificateId);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'CERTIFICATE_NOT_VALID', details: { status: 'revoked' } });
    expect(res.body.error.message).toContain('revoked');
  });

  it('refuses an expired certificate', async () => {
    const after = new Date(Date.parse(mine.certificate.validUntil) + 86_400_000).toISOString();
    await setCloudClock(after);
    try {
      const res = await apply('citizen1', mine.certificate.certificateId);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'CERTIFICATE_NOT_VALID', details: { status: 'expired' } });
    } finally {
      await setCloudClock(undefined);
    }
  });
});

describe('a reused certificate after the submission', () => {
  it('lists it among the materials of the citizen’s case and on the receipt, the holder masked', async () => {
    const filed = await apply('citizen1', mine.certificate.certificateId);
    expect(filed.status).toBe(201);
    const holder = mine.certificate.holder.name as string;
    const own = await api('GET', `/api/cases/${filed.body.caseId}`, { token: await tokenFor('citizen1') });
    expect(own.body.certificates).toEqual([
      expect.objectContaining({
        material: 0,
        name: expect.objectContaining({ zh: expect.any(String) }),
        typeName: { zh: '高龄老人津贴资格证明', en: expect.any(String) },
        number: mine.certificate.number,
        holderName: maskName(holder),
      }),
    ]);
    expect(JSON.stringify(own.body)).not.toContain(`"holderName":"${holder}"`);

    const res = await fetch(`${origin()}/api/cases/${filed.body.caseId}/receipt.pdf`, {
      headers: { authorization: `Bearer ${await tokenFor('citizen1')}` },
    });
    expect(res.status).toBe(200);
    const text = (await readPdf(new Uint8Array(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain('高龄老人津贴资格证明');
    expect(text).toContain(mine.certificate.number);
    expect(text).toContain(maskName(holder));
  });

  it('shows staff the holder masked unless revealed, and the certificate still valid when it is', async () => {
    const filed = await apply('citizen1', mine.certificate.certificateId);
    const officer = await tokenFor('officer1');
    const masked = await api('GET', `/api/cases/${filed.body.caseId}`, { token: officer });
    const [given] = masked.body.certificates;
    expect(given.holderName).toBe(maskName(mine.certificate.holder.name));
    expect(given.current).toEqual({ status: 'valid', checkedAt: expect.any(String) });
    const revealed = await api('GET', `/api/cases/${filed.body.caseId}?reveal=true`, { token: officer });
    expect(revealed.body.certificates[0].holderName).toBe(mine.certificate.holder.name);
  });

  it('tells staff when the certificate was revoked after the submission', async () => {
    const { certificate } = await issuedCertificate('citizen1');
    const filed = await apply('citizen1', certificate.certificateId);
    expect(filed.status).toBe(201);
    const revoked = await api('POST', `/api/certificates/${certificate.certificateId}/revocation`, {
      token: await tokenFor('officer1'),
      body: { reason: '资格已终止' },
    });
    expect(revoked.status).toBe(200);
    const view = await api('GET', `/api/cases/${filed.body.caseId}`, { token: await tokenFor('officer1') });
    expect(view.body.certificates[0]).toMatchObject({
      // What the submission checked stays on record; the check now says otherwise.
      status: 'valid',
      revoked: false,
      current: { status: 'revoked', revocation: { reason: '资格已终止', revokedAt: expect.any(String) } },
    });
  }, 240_000);

  it('tells staff when the certificate expired after the submission', async () => {
    const filed = await apply('citizen1', mine.certificate.certificateId);
    expect(filed.status).toBe(201);
    await setCloudClock(new Date(Date.parse(mine.certificate.validUntil) + 86_400_000).toISOString());
    try {
      const view = await api('GET', `/api/cases/${filed.body.caseId}`, { token: await tokenFor('officer1') });
      expect(view.body.certificates[0].current).toMatchObject({ status: 'expired' });
    } finally {
      await setCloudClock(undefined);
    }
  });
});
