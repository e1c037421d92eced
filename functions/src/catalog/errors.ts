import { AppError, conflict, notFound } from '../platform/errors.js';

/** The catalog's error codes (status, code): 404 NOT_FOUND, 409 CATALOG_ITEM_STALE, 400 INVALID_INPUT. */
export const serviceNotFound = (code: string) => notFound(`Service item ${code}`);
export const versionNotFound = (code: string, version: number) =>
  notFound(`Version ${version} of service item ${code}`);
export const draftNotFound = (code: string) => notFound(`A draft of service item ${code}`);
export const itemStale = () =>
  conflict('CATALOG_ITEM_STALE', 'The item was changed elsewhere; reload it and apply your changes again');

/** A 400 naming the offending parameters, in the same shape as parseInput's. */
export const invalidParameters = (fields: { field: string; message: string }[]) =>
  new AppError(400, 'INVALID_INPUT', `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, {
    fields,
  });
