import { AppError, conflict, notFound } from '../platform/errors.js';

/**
 * The notices' errors: 400 INVALID_INPUT (shape; details.fields), 404 NOT_FOUND (no such notice, or not
 * the caller's department's, or not published), 409 NOTICE_STALE / NOTICE_ALREADY_PUBLISHED /
 * NOTICE_NOT_PUBLISHED, 422 NOTICE_LINK_INVALID (an interpretation's policy).
 */
export const noticeNotFound = (id: string) => notFound(`Notice ${id}`);
export const noticeStale = () =>
  conflict('NOTICE_STALE', 'The notice was changed elsewhere; reload it and apply your changes again');
export const noticeAlreadyPublished = () => conflict('NOTICE_ALREADY_PUBLISHED', 'The notice is already published');
export const noticeNotPublished = () => conflict('NOTICE_NOT_PUBLISHED', 'Only a published notice can be withdrawn');

/** 422: `interprets` names no policy document, or is set on something that is not an interpretation. */
export const noticeLinkInvalid = (message: string) =>
  new AppError(422, 'NOTICE_LINK_INVALID', `interprets: ${message}`, {
    fields: [{ field: 'interprets', message }],
  });
