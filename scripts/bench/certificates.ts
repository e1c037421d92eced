import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  credentialContext,
  signCredential,
  verifyCredential,
  type CredentialPayload,
} from '../../functions/src/certificates/credential.js';
import { createLocalCertificateSigner } from '../../functions/src/certificates/signer/local.js';
import { percentile } from './percentile.js';

/**
 * E-certificate figures, in-process: signing a credential (what issuance adds to the decision step,
 * before its one DynamoDB transaction) with the local P-256 signer, and verifying one with jose, the
 * library the /verify page runs in the browser (WebCrypto in both). Figures, never assertions.
 */
export interface CertificateFigures {
  runs: number;
  credentialBytes: number;
  sign: { p50Ms: number; p95Ms: number };
  verify: { p50Ms: number; p95Ms: number };
}

const payload: CredentialPayload = {
  '@context': [credentialContext],
  id: 'urn:uuid:6b1f3f9e-2c1a-5d3e-8f00-123456789abc',
  type: ['VerifiableCredential', 'YuexiuECertificate'],
  issuer: {
    id: 'https://yuexiu.example/issuers/civil-affairs',
    name: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' },
  },
  validFrom: '2026-03-01T02:00:00.000Z',
  validUntil: '2027-03-01T02:00:00.000Z',
  credentialSubject: {
    certificateType: 'elderly-allowance-certificate',
    certificateName: { zh: '高龄老人津贴资格证明', en: 'Old-age allowance eligibility certificate' },
    number: 'YXC-20260301-000001',
    holder: { name: '张晓明', idNumberMasked: '4401**********1234' },
    fields: { address: '广州市越秀区北京街道文明路 1 号' },
  },
  credentialStatus: {
    id: 'https://yuexiu.example/api/certificates/status-list#6b1f3f9e',
    type: 'YuexiuRevocationList',
    statusPurpose: 'revocation',
  },
};

export async function measureCertificates(runs = 500): Promise<CertificateFigures> {
  const signer = createLocalCertificateSigner(Buffer.alloc(32, 9), 2);
  const keys = await signer.publicKeys();
  const now = Date.parse('2026-06-01T00:00:00Z');
  let jws = (await signCredential(signer, payload)).jws;
  await verifyCredential(jws, keys, now);
  const signMs: number[] = [];
  const verifyMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    jws = (await signCredential(signer, payload)).jws;
    signMs.push(performance.now() - t);
    t = performance.now();
    const result = await verifyCredential(jws, keys, now);
    verifyMs.push(performance.now() - t);
    if (!result.valid) throw new Error(`benchmark credential did not verify: ${result.status}`);
  }
  return {
    runs,
    credentialBytes: jws.length,
    sign: { p50Ms: percentile(signMs, 50), p95Ms: percentile(signMs, 95) },
    verify: { p50Ms: percentile(verifyMs, 50), p95Ms: percentile(verifyMs, 95) },
  };
}

/** The section of docs/benchmarks.md. */
export function certificatesSection(f: CertificateFigures): string {
  return `## E-certificates (in-process, scripts/bench/certificates.ts)

${f.runs} credentials of ${f.credentialBytes} characters (compact JWS, ES256) signed with the local P-256 signer and
verified with jose (signature against a two-key JWKS, then the validity period), one after the other. Aim: verification in
the browser ≤ 50 ms, issuance ≤ 200 ms added to the decision step. On AWS, signing is one KMS Sign call (a network
round trip, not measured here); issuance adds one DynamoDB transaction and one audit record to the decision task.

| step | p50 | p95 |
| --- | ---: | ---: |
| sign (issuance) | ${f.sign.p50Ms} ms | ${f.sign.p95Ms} ms |
| verify (jose, as in /verify) | ${f.verify.p50Ms} ms | ${f.verify.p95Ms} ms |
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await measureCertificates(), null, 2));
}
