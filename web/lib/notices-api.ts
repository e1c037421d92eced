import {
  publicNotice,
  publicNoticePage,
  staffNotice,
  staffNoticePage,
  type CreateNoticeInput,
  type EditNoticeInput,
  type NoticeKind,
} from '../../functions/src/notices/model';
import { request } from './api';

/** Public information's calls (政府信息公开), for server components and server actions; the API checks every input. */

const id = (value: string) => encodeURIComponent(value);
const query = (values: Record<string, string | undefined>) => {
  const qs = new URLSearchParams(Object.entries(values).filter(([, v]) => v) as [string, string][]).toString();
  return qs ? `?${qs}` : '';
};

export const noticesApi = {
  listPublic: (kind: NoticeKind, cursor?: string) =>
    request(`/api/notices${query({ kind, cursor, limit: '20' })}`, publicNoticePage),
  getPublic: (noticeId: string) => request(`/api/notices/${id(noticeId)}`, publicNotice),
  listDepartment: (cursor?: string) => request(`/api/staff/notices${query({ cursor, limit: '50' })}`, staffNoticePage),
  getDepartment: (noticeId: string) => request(`/api/staff/notices/${id(noticeId)}`, staffNotice),
  create: (input: CreateNoticeInput) => request('/api/staff/notices', staffNotice, { method: 'POST', body: input }),
  edit: (noticeId: string, input: EditNoticeInput) =>
    request(`/api/staff/notices/${id(noticeId)}`, staffNotice, { method: 'PUT', body: input }),
  publish: (noticeId: string, version: number) =>
    request(`/api/staff/notices/${id(noticeId)}/publish`, staffNotice, { method: 'POST', body: { version } }),
  withdraw: (noticeId: string, version: number, reason: string) =>
    request(`/api/staff/notices/${id(noticeId)}/withdrawal`, staffNotice, {
      method: 'POST',
      body: { version, reason },
    }),
};
