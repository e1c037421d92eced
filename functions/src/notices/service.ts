import { nowIso } from '../platform/clock.js';
import { AppError, forbidden } from '../platform/errors.js';
import { newSortableId } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { requireInScope } from '../platform/scope.js';
import { noticeLinkInvalid, noticeNotFound, noticeStale } from './errors.js';
import {
  noticeKinds,
  type CreateNoticeInput,
  type DepartmentNoticeQuery,
  type EditNoticeInput,
  type NoticeContent,
  type NoticeRecord,
  type NoticeVersion,
  type PublicNoticeQuery,
  type WithdrawNoticeInput,
} from './model.js';
import { drafted, edited, published, withdrawn, type NoticeChange } from './rules.js';
import * as store from './store.js';

/**
 * The notices' use cases: a department's staff draft, edit, publish and withdraw its notices (each change a
 * new immutable version; the route handler adds the request's audit record); anyone lists and reads the
 * published ones. A notice of another department is "not found" to staff, and so is an unpublished one to
 * the public.
 */

const defaultLimit = 20;

const badCursor = () =>
  new AppError(400, 'INVALID_INPUT', 'cursor: not one this list returned', {
    fields: [{ field: 'cursor', message: 'pass back the nextCursor of the previous page' }],
  });

function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-z-]{4,40}$/.test(key)) throw badCursor();
  return key;
}
const encodeCursor = (key: string) => Buffer.from(key).toString('base64url');

/** The policy an interpretation explains must be a policy document; nothing else links one. */
async function checkLink(input: NoticeContent): Promise<void> {
  if (input.interprets === undefined) return;
  if (input.kind !== 'interpretation') throw noticeLinkInvalid('only an interpretation links a policy document');
  const target = await store.getNotice(input.interprets);
  if (!target || target.kind !== 'policy') throw noticeLinkInvalid(`${input.interprets} is not a policy document`);
}

async function save(change: NoticeChange): Promise<NoticeRecord> {
  if (!(await store.saveNotice(change.record, change.version))) throw noticeStale();
  return change.record;
}

async function reachable(principal: Principal, scope: Scope | undefined, id: string): Promise<NoticeRecord> {
  return requireInScope(principal, scope, await store.getNotice(id), `Notice ${id}`);
}

/** A new draft of the caller's department. 403 for staff without a department; 422 NOTICE_LINK_INVALID. */
export async function createNotice(principal: Principal, input: CreateNoticeInput): Promise<NoticeRecord> {
  if (!principal.department) throw forbidden('Only staff of a department write its notices');
  await checkLink(input);
  return save(drafted(newSortableId(), principal.department, input, principal, nowIso()));
}

/** New content at the version read. 404 outside the caller's department; 409 NOTICE_STALE. */
export async function editNotice(principal: Principal, scope: Scope | undefined, id: string, input: EditNoticeInput) {
  const current = await reachable(principal, scope, id);
  await checkLink(input);
  return save(edited(current, input, principal, nowIso()));
}

/** Publishes a draft or a withdrawn notice. 409 NOTICE_STALE / NOTICE_ALREADY_PUBLISHED. */
export async function publishNotice(principal: Principal, scope: Scope | undefined, id: string, version: number) {
  const current = await reachable(principal, scope, id);
  return save(published(current, version, principal, nowIso()));
}

/** Withdraws a published notice with a reason. 409 NOTICE_STALE / NOTICE_NOT_PUBLISHED. */
export async function withdrawNotice(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
  input: WithdrawNoticeInput,
) {
  const current = await reachable(principal, scope, id);
  return save(withdrawn(current, input, principal, nowIso()));
}

/** A notice of the caller's department with every version. */
export async function departmentNotice(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
): Promise<{ record: NoticeRecord; versions: NoticeVersion[] }> {
  const record = await reachable(principal, scope, id);
  return { record, versions: await store.listVersions(id) };
}

/** The caller's department's notices, last changed first. */
export async function departmentNotices(principal: Principal, query: DepartmentNoticeQuery) {
  if (!principal.department) return { items: [] };
  const limit = query.limit ?? defaultLimit;
  const { items, more } = await store.departmentPage(principal.department, limit, decodeCursor(query.cursor));
  const last = items.at(-1);
  return { items, ...(more && last ? { nextCursor: encodeCursor(store.departmentSortKey(last)) } : {}) };
}

/** A page of published notices of a kind (default: notice), newest first. */
export async function publicNotices(query: PublicNoticeQuery) {
  const limit = query.limit ?? defaultLimit;
  const { items, more } = await store.publishedPage(query.kind ?? 'notice', limit, decodeCursor(query.cursor));
  const last = items.at(-1);
  return { items, ...(more && last ? { nextCursor: encodeCursor(store.publicSortKey(last)) } : {}) };
}

/** A published notice, and the policy it interprets; 404 for anything not published. */
export async function publicNotice(id: string): Promise<{ record: NoticeRecord; policy?: NoticeRecord }> {
  const record = await store.getNotice(id);
  if (!record || record.status !== 'published') throw noticeNotFound(id);
  const policy = record.interprets ? await store.getNotice(record.interprets) : undefined;
  return { record, ...(policy ? { policy } : {}) };
}

/** Every published notice of every kind (what site search indexes). */
export async function allPublishedNotices(): Promise<NoticeRecord[]> {
  return (await Promise.all(noticeKinds.map((kind) => store.allPublished(kind)))).flat();
}
