import { itemCodePattern } from '../catalog/model.js';
import { serviceNotFound } from '../catalog/errors.js';
import { formPdfQuery } from '../forms/model.js';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { formPdf } from './service.js';

/**
 * The public form PDF, in a function of its own so that anonymous callers never run code holding the
 * drafts' personal-data grants (route-group-access.ts). Errors: 400 INVALID_INPUT (query), 404 NOT_FOUND.
 */
export const handler = groupHandler('form-pdf', {
  get: async ({ params, query }) => {
    const code = params.code;
    if (!code || !itemCodePattern.test(code)) throw serviceNotFound(code ?? '');
    const { mode = 'blank', lang = 'zh' } = parseInput(formPdfQuery.strict(), query);
    return {
      body: await formPdf(code, mode, lang),
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `inline; filename="${code}-${mode}.pdf"`,
        'cache-control': 'public, max-age=300',
      },
    };
  },
});
