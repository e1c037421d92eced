import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { uploadRequest } from './model.js';
import { createUpload, describeDocument } from './service.js';

/** Errors: 400 INVALID_INPUT, 413 FILE_TOO_LARGE, 404 NOT_FOUND. */
export const handler = groupHandler('documents', {
  createUpload: async ({ principal, body }) => ({
    status: 201,
    body: await createUpload(principal, parseInput(uploadRequest, body)),
  }),
  get: async ({ principal, scope, params }) => ({ body: await describeDocument(principal, scope, params.id ?? '') }),
});
