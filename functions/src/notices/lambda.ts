import { z } from 'zod';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { refreshSearchIndex } from '../search/service.js';
import {
  createNoticeInput,
  departmentNoticeQuery,
  editNoticeInput,
  noticeId,
  publicNoticeQuery,
  publishNoticeInput,
  withdrawNoticeInput,
  type NoticeRecord,
} from './model.js';
import {
  createNotice,
  departmentNotice,
  departmentNotices,
  editNotice,
  publicNotice,
  publicNotices,
  publishNotice,
  withdrawNotice,
} from './service.js';
import { publicNoticeLine, publicNoticeView, staffNoticeLine, staffNoticeView } from './views.js';

/** Published notices change a few times a day: browsers and the CDN may keep them a minute. */
const cacheable = { 'cache-control': 'public, max-age=60' };

const idParam = z.object({ id: noticeId });
const idOf = (params: Readonly<Record<string, string>>) => parseInput(idParam, { id: params.id }).id;

// Titles and texts live in the immutable version records; audit details hold system values only.
const audited = (record: NoticeRecord) => ({
  resourceId: record.noticeId,
  details: { version: String(record.version), status: record.status, kind: record.kind },
});

/**
 * Site search finds published notices: a change to what the public sees rebuilds its index. The change has
 * happened by then; a failed rebuild is logged and heals at the next one (search/service.ts).
 */
async function searchSees(record: NoticeRecord, wasPublic: boolean): Promise<void> {
  if (wasPublic || record.status === 'published') await refreshSearchIndex();
}

/**
 * Errors: 400 INVALID_INPUT (details.fields names each bad field or parameter), 401 UNAUTHORIZED, 403 FORBIDDEN,
 * 404 NOT_FOUND (not published; another department's), 409 NOTICE_STALE / NOTICE_ALREADY_PUBLISHED /
 * NOTICE_NOT_PUBLISHED, 422 NOTICE_LINK_INVALID.
 */
export const handler = groupHandler('notices', {
  listPublic: async ({ query }) => {
    const page = await publicNotices(parseInput(publicNoticeQuery, query));
    return { body: { ...page, items: page.items.map(publicNoticeLine) }, headers: cacheable };
  },
  getPublic: async ({ params }) => {
    const { record, policy } = await publicNotice(idOf(params));
    return { body: publicNoticeView(record, policy), headers: cacheable };
  },
  listDepartment: async ({ principal, query }) => {
    const page = await departmentNotices(principal, parseInput(departmentNoticeQuery, query));
    return { body: { ...page, items: page.items.map(staffNoticeLine) } };
  },
  getDepartment: async ({ principal, scope, params }) => {
    const { record, versions } = await departmentNotice(principal, scope, idOf(params));
    return { body: staffNoticeView(record, versions) };
  },
  create: async ({ principal, body }) => {
    const record = await createNotice(principal, parseInput(createNoticeInput, body));
    return { status: 201, body: staffNoticeView(record), audit: audited(record) };
  },
  edit: async ({ principal, scope, params, body }) => {
    const input = parseInput(editNoticeInput, body);
    const record = await editNotice(principal, scope, idOf(params), input);
    await searchSees(record, record.status === 'published');
    return { body: staffNoticeView(record), audit: audited(record) };
  },
  publish: async ({ principal, scope, params, body }) => {
    const { version } = parseInput(publishNoticeInput, body);
    const record = await publishNotice(principal, scope, idOf(params), version);
    await searchSees(record, false);
    return { body: staffNoticeView(record), audit: audited(record) };
  },
  withdraw: async ({ principal, scope, params, body }) => {
    const record = await withdrawNotice(principal, scope, idOf(params), parseInput(withdrawNoticeInput, body));
    await searchSees(record, true);
    return { body: staffNoticeView(record), audit: audited(record) };
  },
});
