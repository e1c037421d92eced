import { compactVerify, createLocalJWKSet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { issuedCertificate } from '../support/certificates.js';

/**
 * Renewal of an e-certificate (issue 16 item 4) on the local cloud: the issuing department renews; the old
 * certificate verifies as revoked (reason renewed) with a pointer to the new one, the new one verifies valid
 * and names the old one; the wallet shows both; other departments and bad validity are refused; it is audited.
 */
let old: any;
let renewal: { status: number; body: any };
const renewalPath = (id: string) => `/api/certificates/${id}/renewal`;
const validUntil = '2999-12-31T23:59:59+08:00';

beforeAll(async () => {
  old = (await issuedCertificate('citizen2')).certificate;
}, 120_000);

async function officerVerifies(credential: string) {
  return api('POST', '/api/certificates/verify', { token: await tokenFor('officer1'), body: { credential } });
}

describe('renewal of e-certificates', () => {
  it('refuses another department (404) and a validity that does not end after now (400 naming validUntil)', async () => {
    const otherDepartment = await api('POST', renewalPath(old.certificateId), {
      token: await tokenFor('officer2'),
      body: { reason: '越权延续', validUntil },
    });
    expect(otherDepartment.status).toBe(404);
    const clerk = await api('POST', renewalPath(old.certificateId), {
      token: await tokenFor('clerk1'),
      body: { reason: '无权延续', validUntil },
    });
    expect(clerk.status).toBe(403);

    const past = await api('POST', renewalPath(old.certificateId), {
      token: await tokenFor('officer1'),
      body: { reason: '到期延续', validUntil: '2020-01-01T00:00:00+08:00' },
    });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('INVALID_INPUT');
    expect(past.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['validUntil']);
    const notADate = await api('POST', renewalPath(old.certificateId), {
      token: await tokenFor('officer1'),
      body: { reason: '到期延续', validUntil: '明年' },
    });
    expect(notADate.status).toBe(400);
    expect(notADate.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(['validUntil']);
    // Nothing was written by the refusals.
    expect((await officerVerifies(old.credential)).body.status).toBe('valid');
  });

  it('issues a new certificate and revokes the old one as renewed, pointing at the new one', async () => {
    renewal = await api('POST', renewalPath(old.certificateId), {
      token: await tokenFor('officer1'),
      body: { reason: '资格年审通过，延续一年', validUntil },
    });
    expect(renewal.status).toBe(201);
    const { renewed, certificate } = renewal.body;
    expect(certificate).toMatchObject({
      status: 'valid',
      number: `${old.number}-R1`,
      type: old.type,
      holder: old.holder,
      department: 'civil-affairs',
      validUntil: '2999-12-31T15:59:59.000Z',
      replaces: { id: old.certificateId, number: old.number },
    });
    expect(certificate.certificateId).not.toBe(old.certificateId);
    expect(renewed).toMatchObject({
      certificateId: old.certificateId,
      status: 'revoked',
      replacedBy: { id: certificate.certificateId, number: certificate.number },
      revocation: { reason: 'renewed', replacedBy: { id: certificate.certificateId } },
    });
  });

  it('verifies the old one as revoked (renewed, with a pointer) and the new one as valid', async () => {
    const { certificate } = renewal.body;
    expect((await officerVerifies(old.credential)).body).toMatchObject({
      status: 'revoked',
      valid: false,
      revocation: { reason: 'renewed', replacedBy: { id: certificate.certificateId, number: certificate.number } },
    });
    expect((await officerVerifies(certificate.credential)).body).toMatchObject({
      status: 'valid',
      valid: true,
      certificate: { number: certificate.number, replaces: { id: old.certificateId, number: old.number } },
    });
    // The new credential verifies with the published keys alone, like any issued one.
    const jwks = createLocalJWKSet((await api('GET', '/api/certificates/jwks.json')).body);
    await expect(compactVerify(certificate.credential, jwks)).resolves.toBeDefined();

    const list = await api('GET', '/api/certificates/status-list');
    expect(list.body.revoked).toContainEqual({
      id: old.certificateId,
      revokedAt: expect.any(String),
      reason: 'renewed',
      replacedBy: certificate.certificateId,
    });
    expect(list.body.revoked.map((r: { id: string }) => r.id)).not.toContain(certificate.certificateId);
  });

  it('shows both in the wallet: the new one valid, the old one replaced', async () => {
    const wallet = await api('GET', '/api/me/certificates', { token: await tokenFor('citizen2') });
    const byId = new Map(wallet.body.items.map((c: any) => [c.certificateId, c]));
    expect(byId.get(renewal.body.certificate.certificateId)).toMatchObject({
      status: 'valid',
      replaces: { id: old.certificateId },
    });
    expect(byId.get(old.certificateId)).toMatchObject({
      status: 'revoked',
      replacedBy: { id: renewal.body.certificate.certificateId },
    });
    const ids = wallet.body.items.map((c: any) => c.certificateId);
    expect(ids.indexOf(renewal.body.certificate.certificateId)).toBeLessThan(ids.indexOf(old.certificateId));
  });

  it('refuses to renew or revoke the old one again (409) and lets the new one be renewed', async () => {
    const token = await tokenFor('officer1');
    const again = await api('POST', renewalPath(old.certificateId), {
      token,
      body: { reason: '再次延续', validUntil },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CERTIFICATE_RENEWED');
    const revoke = await api('POST', `/api/certificates/${old.certificateId}/revocation`, {
      token,
      body: { reason: '撤销' },
    });
    expect(revoke.status).toBe(409);
    const next = await api('POST', renewalPath(renewal.body.certificate.certificateId), {
      token: await tokenFor('head1'),
      body: { reason: '再次延续', validUntil },
    });
    expect(next.status).toBe(201);
    expect(next.body.certificate.number).toBe(`${old.number}-R2`);
  });

  it('audits the renewal with the new certificate', async () => {
    const res = await api('GET', '/api/audit?action=certificates.renew&limit=100', {
      token: await tokenFor('supervisor1'),
    });
    expect(res.status).toBe(200);
    const entry = res.body.items.find(
      (i: any) => (i.resource?.id ?? i.resourceId) === old.certificateId && i.outcome === 'succeeded',
    );
    expect(entry).toBeDefined();
    expect(entry.details).toMatchObject({
      renewedAs: renewal.body.certificate.certificateId,
      number: renewal.body.certificate.number,
    });
  });
});
