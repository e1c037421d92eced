import { z } from 'zod';
import { itemCodePattern } from '../catalog/model.js';
import { departmentCodes } from '../catalog/taxonomy.js';
import {
  letterTopicCodes,
  letterTypes,
  maxLetterAttachments,
  type LetterTopicCode,
  type LetterType,
} from './routing.js';

export { letterTopicCodes, letterTypes, maxLetterAttachments } from './routing.js';

const text = (field: string, min: number, max: number) =>
  z
    .string({ message: `${field}: text of ${min} to ${max} characters` })
    .trim()
    .min(min, `${field}: at least ${min} characters`)
    .max(max, `${field}: at most ${max} characters`);

/** Mainland mobile numbers and landlines with an area code (020-12345678). */
const phonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** `POST /api/letters`: a letter from a signed-in citizen or an anonymous writer. */
export const writeLetterInput = z
  .object({
    type: z.enum(letterTypes, { message: `type: one of ${letterTypes.join(', ')}` }),
    /** The topic, or (with `itemCode`) optional: a letter about an item goes to the item's department. */
    topic: z.enum(letterTopicCodes, { message: `topic: one of ${letterTopicCodes.join(', ')}` }).optional(),
    /** The service item (事项编码) the letter is about, if any. */
    itemCode: z
      .string({ message: 'itemCode: a service item code such as 440104-MZ-0001' })
      .trim()
      .regex(itemCodePattern, 'itemCode: a service item code such as 440104-MZ-0001')
      .optional(),
    subject: text('subject', 4, 60),
    body: text('body', 10, 3000),
    /** Whether the exchange may be published (personal data removed) once answered. */
    publishConsent: z.boolean({ message: 'publishConsent: true or false' }),
    /** Chosen by the client once per letter: a repeated submission (double click, retry) writes nothing new. */
    submissionToken: z
      .string({ message: 'submissionToken: a UUID chosen by the client' })
      .uuid('submissionToken: a UUID chosen by the client'),
    /** How the department may address and call back the writer; sealed at rest. */
    name: text('name', 1, 30).optional(),
    phone: z
      .string({ message: 'phone: a mobile number or a landline with its area code' })
      .trim()
      .regex(phonePattern, 'phone: a mobile number (11 digits) or a landline such as 020-12345678')
      .optional(),
    /** Documents uploaded for this letter (documents.createUpload, or letters.uploadAnonymous with this token). */
    attachments: z
      .array(z.string().uuid('attachments: document ids from the upload'), {
        message: 'attachments: a list of document ids',
      })
      .max(maxLetterAttachments, `attachments: at most ${maxLetterAttachments} files`)
      .refine((ids) => new Set(ids).size === ids.length, 'attachments: each file once')
      .optional(),
  })
  .strict()
  .refine((input) => input.topic !== undefined || input.itemCode !== undefined, {
    message: 'topic: pick a topic or the item the letter is about (itemCode)',
    path: ['topic'],
  });
export type WriteLetterInput = z.infer<typeof writeLetterInput>;

/** A file sent with a letter, as it passed its checks. */
export interface LetterAttachment {
  documentId: string;
  fileName: string;
  contentType: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  sha256: string;
}

/** `POST /api/letters/{id}/routing`: a dispatcher (or the department's head) sends the letter elsewhere. */
export const rerouteInput = z
  .object({
    department: z.enum(departmentCodes, { message: `department: one of ${departmentCodes.join(', ')}` }),
    reason: text('reason', 5, 500),
  })
  .strict();
export type RerouteInput = z.infer<typeof rerouteInput>;

/** `GET /api/letters/{id}?reveal=true`: staff see the writer's name and phone in full (audited). */
export const letterGetQuery = z
  .object({ reveal: z.enum(['true', 'false'], { message: 'reveal: true or false' }).optional() })
  .strict();

/** `POST /api/letters/{id}/answer`. */
export const answerInput = z
  .object({
    answer: text('answer', 10, 5000),
    /** An officer's draft for the head to approve before it goes out (the head's own answer goes out at once). */
    forApproval: z.boolean({ message: 'forApproval: true or false' }).optional(),
  })
  .strict();
export type AnswerInput = z.infer<typeof answerInput>;

/** `POST /api/letters/{id}/approval`: the head approves the draft answer, or returns it with a reason. */
export const approvalInput = z
  .object({
    approve: z.boolean({ message: 'approve: true or false' }),
    reason: text('reason', 5, 500).optional(),
  })
  .strict()
  .refine((input) => input.approve || input.reason !== undefined, {
    message: 'reason: say why the draft goes back (5 to 500 characters)',
    path: ['reason'],
  });
export type ApprovalInput = z.infer<typeof approvalInput>;

/** `POST …/rating`: how satisfied the writer is with the latest answer. */
export const letterRatingInput = z
  .object({
    satisfaction: z
      .number({ message: 'satisfaction: a whole number from 1 to 5' })
      .int('satisfaction: a whole number from 1 to 5')
      .min(1, 'satisfaction: at least 1')
      .max(5, 'satisfaction: at most 5'),
    comment: z.string().trim().max(500, 'comment: at most 500 characters').default(''),
  })
  .strict();
export type LetterRatingInput = z.infer<typeof letterRatingInput>;

/** `POST …/reopening`: why the answer was not enough. */
export const reopenInput = z.object({ reason: text('reason', 5, 500) }).strict();
export type ReopenInput = z.infer<typeof reopenInput>;

/** What an anonymous writer proves the letter is theirs with (both shown once, on the receipt). */
export const followCredentials = z.object({
  queryCode: z
    .string({ message: 'queryCode: the query code on your receipt, such as ABCD-EFGH' })
    .trim()
    .regex(/^[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}$/, 'queryCode: 8 letters and digits, such as ABCD-EFGH'),
  password: z
    .string({ message: 'password: the password on your receipt' })
    .trim()
    .min(1, 'password: the password on your receipt')
    .max(64, 'password: at most 64 characters'),
});
export const followInput = followCredentials.strict();
export const followRatingInput = followCredentials.extend(letterRatingInput.shape).strict();
export const followReopenInput = followCredentials.extend(reopenInput.shape).strict();

/** `GET /api/letters/public`: a page of published questions and answers. */
export const publicLetterQuery = z
  .object({
    topic: z.enum(letterTopicCodes, { message: `topic: one of ${letterTopicCodes.join(', ')}` }),
    /** Only the letters about this service item (its guide links here). */
    item: z.string().regex(itemCodePattern, 'item: a service item code such as 440104-MZ-0001'),
    limit: z.coerce
      .number({ message: 'limit: a number from 1 to 50' })
      .int('limit: a whole number')
      .min(1, 'limit: at least 1')
      .max(50, 'limit: at most 50'),
    cursor: z.string().max(512, 'cursor is at most 512 characters'),
  })
  .partial()
  .strict();
export type PublicLetterQuery = z.infer<typeof publicLetterQuery>;

/** A letter number as the service writes it: YXL-<yyyymmdd>-<6-digit sequence of the day>. */
export const letterNumberPattern = /^YXL-\d{8}-\d{6}$/;

/** `GET /api/public-letters/{letterNumber}`: one published question and answer. */
export const publicLetterParams = z
  .object({
    letterNumber: z
      .string({ message: 'letterNumber: a letter number such as YXL-20261206-000001' })
      .regex(letterNumberPattern, 'letterNumber: a letter number such as YXL-20261206-000001'),
  })
  .strict();

export type LetterStatus = 'awaiting_answer' | 'awaiting_approval' | 'answered';

export interface LetterAnswer {
  round: number;
  text: string;
  department: string;
  answeredBy: string;
  answeredAt: string;
}

export interface LetterRating {
  round: number;
  satisfaction: number;
  comment: string;
  ratedAt: string;
}

export interface LetterEvent {
  at: string;
  event:
    | 'written'
    | 'routed'
    | 'rerouted'
    | 'drafted'
    | 'approved'
    | 'returned'
    | 'answered'
    | 'rated'
    | 'reopened'
    | 'published'
    /** The sweep: 80 % of the round's limit used (yellow), or overdue and escalated to the head (red). */
    | 'deadline_warning'
    | 'overdue';
  round: number;
  department?: string;
  /** A re-routing: the department the letter left, and who sent it on. */
  from?: string;
  by?: string;
  reason?: string;
  /** A deadline warning: the round's due date (YYYY-MM-DD) it was raised against. */
  dueDate?: string;
}

/** The stored letter (core table). The writer's name and phone are sealed; only their masked forms are plain. */
export interface LetterRecord {
  letterId: string;
  letterNumber: string;
  type: LetterType;
  topic: LetterTopicCode;
  subject: string;
  body: string;
  publishConsent: boolean;
  department: string;
  /** The service item the letter is about, when the writer named one (it chose the department). */
  item?: { code: string; name: { zh: string; en: string } };
  /** The writer's account (citizen or enterprise); absent for an anonymous letter. */
  owner?: string;
  ownerUsername?: string;
  /** `{ name, phone }` as JSON, sealed for `letter.writer`. */
  writerEnc?: string;
  writerMasked?: { name?: string; phone?: string };
  /** An anonymous letter's query code (blind index) and password (scrypt hash). */
  queryIndex?: string;
  passwordHash?: string;
  status: LetterStatus;
  /** 1 for the first answer, 2 after a reopening. */
  round: number;
  writtenAt: string;
  /** When the current round started (written or reopened), its limit and due date (YYYY-MM-DD). */
  roundStartedAt: string;
  limitDays: number;
  dueDate: string;
  /** The highest deadline warning the sweep raised, and for which round (letters/deadline.ts). */
  deadlineWarning?: { round: number; level: 'yellow' | 'red'; at: string };
  answers: LetterAnswer[];
  /** An officer's draft answer waiting for the head's approval (status awaiting_approval); never the writer's to read. */
  draft?: { text: string; by: string; at: string };
  ratings: LetterRating[];
  history: LetterEvent[];
  /** Files sent with the letter (checked); its writer and the staff handling it read them, the public never. */
  attachments?: LetterAttachment[];
  /** The published copy (personal data removed), when consented and answered. */
  published?: { subject: string; body: string; answer: string; publishedAt: string };
  version: number;
}

const bilingualName = z.object({ zh: z.string(), en: z.string() });

/** One published question and answer, as anyone may read it (personal data removed when it was published). */
export const publicLetterView = z.object({
  letterNumber: z.string(),
  type: z.enum(letterTypes),
  topic: z.enum(letterTopicCodes),
  department: z.string(),
  item: z.object({ code: z.string(), name: bilingualName }).optional(),
  subject: z.string(),
  body: z.string(),
  answer: z.string(),
  writtenAt: z.string(),
  publishedAt: z.string(),
});

/** One published question and answer, as anyone may read it. */
export interface PublicLetter {
  letterNumber: string;
  type: LetterType;
  topic: LetterTopicCode;
  department: string;
  item?: { code: string; name: { zh: string; en: string } };
  subject: string;
  body: string;
  answer: string;
  writtenAt: string;
  publishedAt: string;
}
