import { z } from 'zod';

/**
 * Public information (政府信息公开): notices (通知公告), policy documents (政策文件) and their interpretations
 * (政策解读), drafted and published by a department's staff, read by anyone once published.
 */
export const noticeKinds = ['notice', 'policy', 'interpretation'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

export const noticeStatuses = ['draft', 'published', 'withdrawn'] as const;
export type NoticeStatus = (typeof noticeStatuses)[number];

/** A notice's id: time-sortable for new notices, `seed-…` for the demo's. */
export const noticeIdPattern = /^[0-9a-z-]{4,40}$/;
export const noticeId = z
  .string({ message: 'id: a notice id' })
  .regex(noticeIdPattern, 'id: a notice id (lower-case letters, digits and hyphens)');

const text = (field: string, min: number, max: number) =>
  z
    .string({ message: `${field}: text of ${min} to ${max} characters` })
    .trim()
    .min(min, `${field}: at least ${min} characters`)
    .max(max, `${field}: at most ${max} characters`);

const kind = z.enum(noticeKinds, { message: `kind: one of ${noticeKinds.join(', ')}` });
const version = z
  .number({ message: 'version: the version you read (a whole number)' })
  .int('version: a whole number')
  .min(1, 'version: at least 1');

/** The editable content of a notice. */
const content = {
  kind,
  title: text('title', 4, 120),
  body: text('body', 10, 20_000),
  /** 文号, e.g. 越民〔2026〕12号 (policy documents carry one). */
  documentNumber: text('documentNumber', 2, 60).optional(),
  /** The policy document an interpretation explains (its id). */
  interprets: noticeId.optional(),
};

/** `POST /api/staff/notices`: a new draft of the caller's department. */
export const createNoticeInput = z.object(content).strict();
export type CreateNoticeInput = z.infer<typeof createNoticeInput>;

/** `PUT /api/staff/notices/{id}`: the whole content again, at the version read (optimistic locking). */
export const editNoticeInput = z.object({ ...content, version }).strict();
export type EditNoticeInput = z.infer<typeof editNoticeInput>;

/** `POST /api/staff/notices/{id}/publish`. */
export const publishNoticeInput = z.object({ version }).strict();
export type PublishNoticeInput = z.infer<typeof publishNoticeInput>;

/** `POST /api/staff/notices/{id}/withdrawal`: why it is taken down (kept in its history). */
export const withdrawNoticeInput = z.object({ version, reason: text('reason', 2, 200) }).strict();
export type WithdrawNoticeInput = z.infer<typeof withdrawNoticeInput>;

const limit = z.coerce
  .number({ message: 'limit: a number from 1 to 50' })
  .int('limit: a whole number')
  .min(1, 'limit: at least 1')
  .max(50, 'limit: at most 50');
const cursor = z.string().max(512, 'cursor is at most 512 characters');

/** `GET /api/notices`: published notices of one kind (default: notice), newest first. */
export const publicNoticeQuery = z.object({ kind, limit, cursor }).partial().strict();
export type PublicNoticeQuery = z.infer<typeof publicNoticeQuery>;

/** `GET /api/staff/notices`: the caller's department's notices, last changed first. */
export const departmentNoticeQuery = z.object({ limit, cursor }).partial().strict();
export type DepartmentNoticeQuery = z.infer<typeof departmentNoticeQuery>;

export interface NoticeContent {
  kind: NoticeKind;
  title: string;
  body: string;
  documentNumber?: string;
  interprets?: string;
}

/** The stored notice (core table): its current content and state. */
export interface NoticeRecord extends NoticeContent {
  noticeId: string;
  department: string;
  status: NoticeStatus;
  /** The number of the latest version; the optimistic-locking token. */
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** When it was first published (the date the public sees), and when it was last withdrawn. */
  publishedAt?: string;
  withdrawnAt?: string;
}

export type NoticeAction = 'created' | 'edited' | 'published' | 'withdrawn';

/** One immutable version: what the notice said after the action, who did it and when. */
export interface NoticeVersion extends NoticeContent {
  version: number;
  action: NoticeAction;
  at: string;
  by: string;
  status: NoticeStatus;
  reason?: string;
}

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** A published notice as anyone may read it. */
export const publicNotice = z.object({
  id: z.string(),
  kind,
  title: z.string(),
  body: z.string(),
  department: z.string(),
  departmentName: bilingual,
  documentNumber: z.string().optional(),
  publishedAt: z.string(),
  updatedAt: z.string(),
  /** The published policy an interpretation explains. */
  interprets: z.object({ id: z.string(), title: z.string() }).optional(),
});
export type PublicNotice = z.infer<typeof publicNotice>;

export const publicNoticePage = z.object({
  items: z.array(publicNotice.omit({ body: true }).extend({ summary: z.string() })),
  nextCursor: z.string().optional(),
});
export type PublicNoticePage = z.infer<typeof publicNoticePage>;

const noticeVersion = z.object({
  version: z.number().int(),
  action: z.enum(['created', 'edited', 'published', 'withdrawn']),
  at: z.string(),
  by: z.string(),
  status: z.enum(noticeStatuses),
  reason: z.string().optional(),
  kind,
  title: z.string(),
  body: z.string(),
  documentNumber: z.string().optional(),
  interprets: z.string().optional(),
});

/** A notice as its department's staff see it: state, content and every version. */
export const staffNotice = z.object({
  id: z.string(),
  kind,
  title: z.string(),
  body: z.string(),
  department: z.string(),
  documentNumber: z.string().optional(),
  interprets: z.string().optional(),
  status: z.enum(noticeStatuses),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  publishedAt: z.string().optional(),
  withdrawnAt: z.string().optional(),
  versions: z.array(noticeVersion).optional(),
});
export type StaffNotice = z.infer<typeof staffNotice>;

export const staffNoticePage = z.object({
  items: z.array(staffNotice.omit({ body: true, versions: true })),
  nextCursor: z.string().optional(),
});
