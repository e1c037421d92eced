import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { submitCaseInput } from './model.js';
import { caseView, myCases, readableCase, submitCase } from './service.js';

/** Errors: 400 INVALID_INPUT, 401, 403, 404 NOT_FOUND, 422 MATERIAL_NOT_FOUND / MATERIAL_NOT_UPLOADED. */
export const handler = groupHandler('cases', {
  create: async ({ principal, body }) => {
    const result = await submitCase(principal, parseInput(submitCaseInput, body));
    return { status: result.created ? 201 : 200, body: caseView(result.case) };
  },
  listMine: async ({ principal }) => ({ body: { items: (await myCases(principal)).map(caseView) } }),
  get: async ({ principal, scope, params }) => ({
    body: caseView(await readableCase(principal, scope, params.id ?? '')),
  }),
});
