import { departmentByCode } from '../catalog/taxonomy.js';
import type { NoticeRecord, NoticeVersion, PublicNotice, StaffNotice } from './model.js';

const summaryLength = 90;

/** The first characters of a body, for lists and search results. */
export function noticeSummary(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= summaryLength ? flat : `${chars.slice(0, summaryLength - 1).join('')}…`;
}

const departmentName = (code: string) => departmentByCode(code)?.name ?? { zh: code, en: code };

/** What anyone reads of a published notice; `policy` is the published policy an interpretation explains. */
export function publicNoticeView(record: NoticeRecord, policy?: NoticeRecord): PublicNotice {
  return {
    id: record.noticeId,
    kind: record.kind,
    title: record.title,
    body: record.body,
    department: record.department,
    departmentName: departmentName(record.department),
    ...(record.documentNumber ? { documentNumber: record.documentNumber } : {}),
    publishedAt: record.publishedAt ?? record.updatedAt,
    updatedAt: record.updatedAt,
    ...(policy?.status === 'published' ? { interprets: { id: policy.noticeId, title: policy.title } } : {}),
  };
}

/** A line of the public list. */
export function publicNoticeLine(record: NoticeRecord) {
  const { body, interprets: _i, ...rest } = publicNoticeView(record);
  return { ...rest, summary: noticeSummary(body) };
}

/** A notice as its department's staff see it (with its versions when read one by one). */
export function staffNoticeView(record: NoticeRecord, versions?: readonly NoticeVersion[]): StaffNotice {
  const { noticeId, ...rest } = record;
  return { id: noticeId, ...rest, ...(versions ? { versions: [...versions] } : {}) };
}

/** A line of the department's list. */
export function staffNoticeLine(record: NoticeRecord) {
  const { body: _b, versions: _v, ...rest } = staffNoticeView(record);
  return rest;
}
