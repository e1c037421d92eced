import { compactVerify, createLocalJWKSet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { issuedCertificate } from '../support/certificates.js';

/**
 * E-certificates (C2) end to end on the local cloud: an approval through the workflow issues one; a
 * verifier written only from the published JWKS and the JOSE spec (jose) accepts it; the department
 * system API tells valid, tampered and revoked apart; every step is audited.
 */
let issued: { caseId: string; certificate: any };

beforeAll(async () => {
  issued = await issuedCertificate('citizen1');
}, 120_000);

async function officerVerifies(credential: string) {
  return api('POST', '/api/certificates/verify', { token: await tokenFor('officer1'), body: { credential } });
}

describe('e-certificates', () => {
  it('issues a signed certificate into the wallet when the case is approved', async () => {
    const { certificate, caseId } = issued;
    expect(certificate).toMatchObject({
      type: 'elderly-allowance-certificate',
      status: 'valid',
      department: 'civil-affairs',
      holder: { name: '张晓明' },
    });
    expect(certificate.number).toMatch(/^YXC-\d{8}-\d{6}$/);
    expect(certificate.credential.split('.')).toHaveLength(3);
    expect(certificate.owner).toBeUndefined();
    const decided = await api('GET', `/api/cases/${caseId}`, { token: await tokenFor('citizen1') });
    expect(decided.body.result.certificateId).toBe(certificate.certificateId);
  });

  it('verifies independently with jose from the published JWKS alone', async () => {
    const res = await api('GET', '/api/certificates/jwks.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const jwks = createLocalJWKSet(res.body as { keys: any[] });
    const { payload, protectedHeader } = await compactVerify(issued.certificate.credential, jwks);
    const vc = JSON.parse(new TextDecoder().decode(payload));
    expect(protectedHeader).toMatchObject({ alg: 'ES256', typ: 'vc+jwt' });
    expect(vc['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(vc.type).toContain('VerifiableCredential');
    expect(vc.id).toBe(`urn:uuid:${issued.certificate.certificateId}`);
    expect(vc.credentialSubject.holder.name).toBe('张晓明');
    expect(vc.validUntil > vc.validFrom).toBe(true);
  });

  it('tells a department system valid from tampered', async () => {
    const valid = await officerVerifies(issued.certificate.credential);
    expect(valid.status).toBe(200);
    expect(valid.body).toMatchObject({
      status: 'valid',
      valid: true,
      certificate: { number: issued.certificate.number },
    });

    const [h, p, s] = issued.certificate.credential.split('.');
    const vc = JSON.parse(Buffer.from(p, 'base64url').toString());
    vc.credentialSubject.holder.name = '李四';
    const tampered = `${h}.${Buffer.from(JSON.stringify(vc)).toString('base64url')}.${s}`;
    expect((await officerVerifies(tampered)).body).toMatchObject({ status: 'invalid-signature', valid: false });
    const empty = await officerVerifies('');
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('credential');
  });

  it('lets only the issuing department revoke, and then verifies it as revoked', async () => {
    const { certificate } = await issuedCertificate('citizen2');
    const path = `/api/certificates/${certificate.certificateId}/revocation`;
    const otherDepartment = await api('POST', path, { token: await tokenFor('officer2'), body: { reason: '越权' } });
    expect(otherDepartment.status).toBe(404);
    const noReason = await api('POST', path, { token: await tokenFor('officer1'), body: {} });
    expect(noReason.status).toBe(400);

    const revoked = await api('POST', path, {
      token: await tokenFor('officer1'),
      body: { reason: '信息有误，已重新核发' },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ status: 'revoked', revocation: { reason: '信息有误，已重新核发' } });
    const again = await api('POST', path, { token: await tokenFor('officer1'), body: { reason: '再次撤销' } });
    expect(again.status).toBe(409);

    expect((await officerVerifies(certificate.credential)).body).toMatchObject({
      status: 'revoked',
      valid: false,
      revocation: { reason: '信息有误，已重新核发' },
    });
    const list = await api('GET', '/api/certificates/status-list');
    expect(list.headers.get('cache-control')).toBe('public, max-age=60');
    expect(list.body.revoked.map((r: { id: string }) => r.id)).toContain(certificate.certificateId);
    const jwks = createLocalJWKSet((await api('GET', '/api/certificates/jwks.json')).body);
    await expect(compactVerify(list.body.list, jwks)).resolves.toBeDefined();
    const wallet = await api('GET', '/api/me/certificates', { token: await tokenFor('citizen2') });
    expect(wallet.body.items.find((c: any) => c.certificateId === certificate.certificateId).status).toBe('revoked');
  });

  it("keeps a holder's certificate from others (404)", async () => {
    const own = await api('GET', `/api/me/certificates/${issued.certificate.certificateId}`, {
      token: await tokenFor('citizen1'),
    });
    expect(own.status).toBe(200);
    const other = await api('GET', `/api/me/certificates/${issued.certificate.certificateId}`, {
      token: await tokenFor('citizen2'),
    });
    expect(other.status).toBe(404);
  });

  it('audits issuance, staff verification and revocation', async () => {
    const token = await tokenFor('supervisor1');
    for (const action of ['certificates.issue', 'certificates.verify', 'certificates.revoke']) {
      const res = await api('GET', `/api/audit?action=${action}&limit=50`, { token });
      expect(res.status).toBe(200);
      expect(res.body.items.length, action).toBeGreaterThan(0);
    }
    const issuedAudit = await api('GET', '/api/audit?action=certificates.issue&limit=200', { token });
    expect(issuedAudit.body.items.map((i: any) => i.resource?.id ?? i.resourceId)).toContain(
      issued.certificate.certificateId,
    );
  });
});
