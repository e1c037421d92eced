import { z } from 'zod';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { certificateId, renewInput, revokeInput, verifyInput } from './model.js';
import { myCertificatePdf } from './pdf.js';
import { renew } from './renewal.js';
import * as certificates from './service.js';

const idOf = (params: Readonly<Record<string, string>>) =>
  parseInput(z.object({ id: certificateId }), { id: params.id }).id;

/**
 * Errors: 400 INVALID_INPUT (details.fields names each bad field), 401 UNAUTHORIZED, 403 FORBIDDEN,
 * 404 NOT_FOUND (no such certificate in the caller's reach), 409 CERTIFICATE_REVOKED (revoked already),
 * 409 CERTIFICATE_RENEWED (renewed already: renew its replacement).
 */
export const handler = groupHandler('certificates', {
  listMine: async ({ principal }) => ({ body: { items: await certificates.myCertificates(principal) } }),
  getMine: async ({ principal, params }) => ({ body: await certificates.myCertificate(principal, idOf(params)) }),
  pdf: async ({ principal, params }) => {
    const { view, pdf } = await myCertificatePdf(principal, idOf(params));
    return {
      body: pdf,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${view.number}.pdf"`,
        'cache-control': 'private, no-store',
      },
    };
  },
  verify: async ({ body }) => {
    const input = parseInput(verifyInput, body);
    const result = await certificates.verify(input.credential);
    return {
      body: result,
      audit: {
        action: 'certificates.verify',
        resourceId: result.certificate?.id ?? 'unreadable',
        details: { result: result.status },
      },
    };
  },
  revoke: async ({ principal, params, body }) => {
    const id = idOf(params);
    const input = parseInput(revokeInput, body);
    const view = await certificates.revoke(principal, id, input.reason);
    return { body: view, audit: { action: 'certificates.revoke', resourceId: id, details: { type: view.type } } };
  },
  renew: async ({ principal, params, body }) => {
    const id = idOf(params);
    const input = parseInput(renewInput, body);
    const result = await renew(principal, id, input);
    return {
      status: 201,
      body: result,
      audit: {
        action: 'certificates.renew',
        resourceId: id,
        details: {
          type: result.certificate.type,
          renewedAs: result.certificate.certificateId,
          number: result.certificate.number,
          validUntil: result.certificate.validUntil ?? input.validUntil,
        },
      },
    };
  },
});
