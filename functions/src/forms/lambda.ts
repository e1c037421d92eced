import { itemCodePattern } from '../catalog/model.js';
import { serviceNotFound } from '../catalog/errors.js';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { draftInput, draftQuery } from './model.js';
import { discardDraft, readDraft, saveDraft } from './service.js';

function knownCode(code: string | undefined): string {
  if (!code || !itemCodePattern.test(code)) throw serviceNotFound(code ?? '');
  return code;
}

/**
 * Errors: 400 INVALID_INPUT (body shape, or a `prefill` query other than `registry`), 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND (no such
 * published item, or no draft), 409 FORM_DRAFT_STALE, 422 FORM_INVALID (details.fields names each field,
 * in English and Chinese).
 */
export const handler = groupHandler('forms', {
  getDraft: async ({ principal, params, query }) => {
    const code = knownCode(params.code);
    const { prefill } = parseInput(draftQuery, query);
    const { body, revealed, registryRead } = await readDraft(principal, code, { registry: prefill === 'registry' });
    // Opening a form reads personal data: the draft's answers, or the profile's ID number and phone in full;
    // with consent, the citizen's own person-registry record (its own action, naming the fields read).
    const profileFields: Record<string, string> = revealed.length > 0 ? { fields: revealed.join('|') } : {};
    if (registryRead) {
      const registry: Record<string, string> = {
        registry: 'persons',
        consent: 'prefill=registry',
        outcome: registryRead.outcome,
        ...(registryRead.outcome === 'used' ? { registryFields: registryRead.fields.join('|') } : {}),
      };
      return {
        body,
        audit: { action: 'registries.prefill', resourceId: code, details: { ...profileFields, ...registry } },
      };
    }
    const audit =
      revealed.length > 0
        ? { action: 'personal.unmask', resourceId: code, details: profileFields }
        : { resourceId: code };
    return { body, audit };
  },
  putDraft: async ({ principal, params, body }) => {
    const code = knownCode(params.code);
    return { body: await saveDraft(principal, code, parseInput(draftInput, body)), audit: { resourceId: code } };
  },
  deleteDraft: async ({ principal, params }) => {
    const code = knownCode(params.code);
    await discardDraft(principal, code);
    return { status: 204, body: null, audit: { resourceId: code } };
  },
});
