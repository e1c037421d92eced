import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { correctionInput, counterCaseInput, lookupInput, ratingInput, submitCaseInput } from './model.js';
import {
  answersOf,
  caseReceipt,
  caseResult,
  caseView,
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
 * ALREADY_RATED / NOT_FINISHED, 422 FORM_INVALID / ITEM_NOT_PUBLISHED / ITEM_NOT_ONLINE / MATERIAL_* (each
 * naming the field or file).
 */
export const handler = groupHandler('cases', {
  create: async ({ principal, body }) => {
    const result = await submitCase(principal, parseInput(submitCaseInput, body));
    return { status: result.created ? 201 : 200, body: caseView(result.case) };
  },
  fileAtCounter: async ({ principal, body }) => {
    const result = await fileAtCounter(principal, parseInput(counterCaseInput, body));
    return { status: result.created ? 201 : 200, body: caseView(result.case) };
  },
  listMine: async ({ principal }) => ({ body: { items: (await myCases(principal)).map((c) => caseView(c)) } }),
  get: async ({ principal, scope, params }) => {
    const record = await readableCase(principal, scope, params.id ?? '');
    return { body: caseView(record, await answersOf(record)) };
  },
  correct: async ({ principal, scope, params, body }) => ({
    body: caseView(await submitCorrection(principal, scope, params.id ?? '', parseInput(correctionInput, body))),
  }),
  rate: async ({ principal, scope, params, body }) => ({
    body: caseView(await rateCase(principal, scope, params.id ?? '', parseInput(ratingInput, body))),
  }),
  receipt: async ({ principal, scope, params }) => {
    const { record, pdf: bytes } = await caseReceipt(principal, scope, params.id ?? '');
    return pdf(bytes, `${record.caseNumber}-receipt.pdf`);
  },
  result: async ({ principal, scope, params }) => {
    const { record, pdf: bytes } = await caseResult(principal, scope, params.id ?? '');
    return pdf(bytes, `${record.caseNumber}-result.pdf`);
  },
  lookup: async ({ body }) => {
    const input = parseInput(lookupInput, body);
    return { body: await lookupCase(input.caseNumber, input.idTail) };
  },
});
