import type { Principal } from '../platform/principal.js';
import { noticeAlreadyPublished, noticeNotPublished, noticeStale } from './errors.js';
import type { NoticeAction, NoticeContent, NoticeRecord, NoticeVersion, NoticeStatus } from './model.js';

/**
 * The life of a notice, without I/O: drafted, edited, published, withdrawn (and published again). Every
 * step checks the version the caller read (optimistic locking) and returns the next record with the
 * immutable version that records it; the store writes both in one transaction.
 */

export interface NoticeChange {
  readonly record: NoticeRecord;
  readonly version: NoticeVersion;
}

/** The content fields, without undefined ones (DynamoDB keeps no undefined). */
function contentOf(input: NoticeContent): NoticeContent {
  return {
    kind: input.kind,
    title: input.title,
    body: input.body,
    ...(input.documentNumber ? { documentNumber: input.documentNumber } : {}),
    ...(input.kind === 'interpretation' && input.interprets ? { interprets: input.interprets } : {}),
  };
}

function versionOf(record: NoticeRecord, action: NoticeAction, at: string, by: string, reason?: string): NoticeVersion {
  return {
    ...contentOf(record),
    version: record.version,
    action,
    at,
    by,
    status: record.status,
    ...(reason ? { reason } : {}),
  };
}

function checkVersion(record: NoticeRecord, expected: number): void {
  if (record.version !== expected) throw noticeStale();
}

/** A new draft of the author's department. */
export function drafted(
  id: string,
  department: string,
  input: NoticeContent,
  author: Principal,
  at: string,
): NoticeChange {
  const record: NoticeRecord = {
    noticeId: id,
    department,
    ...contentOf(input),
    status: 'draft',
    version: 1,
    createdAt: at,
    createdBy: author.username,
    updatedAt: at,
    updatedBy: author.username,
  };
  return { record, version: versionOf(record, 'created', at, author.username) };
}

/** New content at the version read; a published notice stays published and shows the new text. */
export function edited(
  current: NoticeRecord,
  input: NoticeContent & { version: number },
  editor: Principal,
  at: string,
): NoticeChange {
  checkVersion(current, input.version);
  const { interprets: _i, documentNumber: _d, ...kept } = current;
  const record: NoticeRecord = {
    ...kept,
    ...contentOf(input),
    version: current.version + 1,
    updatedAt: at,
    updatedBy: editor.username,
  };
  return { record, version: versionOf(record, 'edited', at, editor.username) };
}

/** Published: from a draft, or again after a withdrawal. The public date is the first publication's. */
export function published(current: NoticeRecord, expected: number, by: Principal, at: string): NoticeChange {
  checkVersion(current, expected);
  if (current.status === 'published') throw noticeAlreadyPublished();
  const status: NoticeStatus = 'published';
  const { withdrawnAt: _w, ...kept } = current;
  const record: NoticeRecord = {
    ...kept,
    status,
    version: current.version + 1,
    publishedAt: current.publishedAt ?? at,
    updatedAt: at,
    updatedBy: by.username,
  };
  return { record, version: versionOf(record, 'published', at, by.username) };
}

/** Taken down, with a reason: no longer listed, read or found. */
export function withdrawn(
  current: NoticeRecord,
  input: { version: number; reason: string },
  by: Principal,
  at: string,
): NoticeChange {
  checkVersion(current, input.version);
  if (current.status !== 'published') throw noticeNotPublished();
  const record: NoticeRecord = {
    ...current,
    status: 'withdrawn',
    version: current.version + 1,
    withdrawnAt: at,
    updatedAt: at,
    updatedBy: by.username,
  };
  return { record, version: versionOf(record, 'withdrawn', at, by.username, input.reason) };
}
