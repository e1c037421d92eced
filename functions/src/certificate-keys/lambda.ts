import * as certificates from '../certificates/service.js';
import { groupHandler } from '../platform/http-handler.js';

/**
 * What every verifier needs, public and cacheable: the signing keys (JWKS) and the signed revocation list.
 * Its own function, so anonymous callers never run code that reaches the holders' certificates.
 * Errors: none of their own (5xx when the keys cannot be read).
 */
export const handler = groupHandler('certificate-keys', {
  // Keys change only at a rotation, and old keys stay: browsers and the CDN may keep them an hour.
  jwks: async () => ({
    body: await certificates.publishedKeys(),
    headers: { 'cache-control': 'public, max-age=3600', 'content-type': 'application/jwk-set+json' },
  }),
  // A revocation must reach verifiers soon: a minute at most.
  statusList: async () => ({
    body: await certificates.statusList(),
    headers: { 'cache-control': 'public, max-age=60' },
  }),
});
