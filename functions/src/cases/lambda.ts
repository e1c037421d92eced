import { groupHandler } from '../platform/http-handler.js';
import { counterReliefInput, eligibilityInput, reliefApplicationInput } from '../relief/model.js';
import { applyForRelief, eligibilityOf, fileReliefAtCounter } from '../relief/service.js';
import { parseInput } from '../platform/validation.js';
import { caseQuery, correctionInput, counterCaseInput, lookupInput, ratingInput, submitCaseInput } from './model.js';
import {
  caseReceipt,
  caseResult,
  caseViewFor,
  caseWithAnswers,
  fileAtCounter,
  lookupCase,
  myCases,
  rateCase,
  readableCase,
  submitCase,
  submitCorrection,
} from './service.js';

const pdf = (bytes: Uint8Array, name: string) => ({
  body: bytes,
  headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${name}"` },
});

/**
 * Errors: 400 INVALID_INPUT, 401, 403, 404 NOT_FOUND, 409 CASE_STALE / NOT_AWAITING_CORRECTION /
 * ALREADY_RATED / NOT_FINISHED / ACCOUNT_CONFIRMATION_REQUIRED / ACCOUNT_MATCH_CHANGED, 422 FORM_INVALID / ITEM_NOT_PUBLISHED / ITEM_NOT_ONLINE / MATERIAL_* /
 * RELIEF_INTAKE_REQUIRED / RELIEF_NOT_ELIGIBLE (each
 * naming the field or file).
 */
export const handler = groupHandler('cases', {
  create: async ({ principal, body }) => {
    const result = await submitCase(principal, parseInput(submitCaseInput, body));
    return { status: result.created ? 201 : 200, body: await caseViewFor(principal, result.case) };
  },
  reliefEligibility: async ({ body }) => ({ body: eligibilityOf(parseInput(eligibilityInput, body).household) }),
  applyForRelief: async ({ principal, body }) => {
    const result = await applyForRelief(principal, parseInput(reliefApplicationInput, body));
    return { status: result.created ? 201 : 200, body: await caseViewFor(principal, result.case) };
  },
  fileAtCounter: async ({ principal, scope, body }) => {
    const result = await fileAtCounter(principal, parseInput(counterCaseInput, body));
    const account = { accountMatch: result.accountMatch, joinedAccount: result.joinedAccount };
    const view = await caseViewFor(principal, result.case, undefined, scope);
    return { status: result.created ? 201 : 200, body: { ...view, ...account } };
  },
  fileReliefAtCounter: async ({ principal, scope, body }) => {
    const result = await fileReliefAtCounter(principal, parseInput(counterReliefInput, body));
    const account = { accountMatch: result.accountMatch, joinedAccount: result.joinedAccount };
    const view = await caseViewFor(principal, result.case, undefined, scope);
    return { status: result.created ? 201 : 200, body: { ...view, ...account } };
  },
  listMine: async ({ principal }) => ({
    body: { items: await Promise.all((await myCases(principal)).map((c) => caseViewFor(principal, c))) },
  }),
  get: async ({ principal, scope, params, query }) => {
    const { reveal } = parseInput(caseQuery, query);
    const record = await readableCase(principal, scope, params.id ?? '');
    const { body, revealed } = await caseWithAnswers(principal, record, { reveal: reveal === 'true', scope });
    // Every unmasking of personal data is its own audit action, naming the fields (not their values).
    const audit =
      revealed.length > 0 ? { action: 'personal.unmask', details: { fields: revealed.join('|') } } : undefined;
    return { body, audit };
  },
  correct: async ({ principal, scope, params, body }) => ({
    body: await caseViewFor(
      principal,
      await submitCorrection(principal, scope, params.id ?? '', parseInput(correctionInput, body)),
    ),
  }),
  rate: async ({ principal, scope, params, body }) => ({
    body: await caseViewFor(
      principal,
      await rateCase(principal, scope, params.id ?? '', parseInput(ratingInput, body)),
    ),
  }),
  receipt: async ({ principal, scope, params }) => {
    const { record, pdf: bytes } = await caseReceipt(principal, scope, params.id ?? '');
    return pdf(bytes, `${record.caseNumber}-receipt.pdf`);
  },
  result: async ({ principal, scope, params }) => {
    const { record, pdf: bytes } = await caseResult(principal, scope, params.id ?? '');
    return pdf(bytes, `${record.caseNumber}-result.pdf`);
  },
  lookup: async ({ body, sourceIp }) => ({ body: await lookupCase(parseInput(lookupInput, body), sourceIp) }),
});
