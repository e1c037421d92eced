import { z } from 'zod';
import { request } from './api';
import { uploadTicketSchema } from './api-schemas';

/** The mailbox's calls (越秀信箱), for server components and server actions; the API checks every input. */

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const letterSchema = z.object({
  letterId: z.string(),
  letterNumber: z.string(),
  type: z.enum(['consultation', 'suggestion', 'complaint', 'report']),
  topic: z.string(),
  topicName: bilingual.optional(),
  subject: z.string(),
  body: z.string(),
  publishConsent: z.boolean(),
  department: z.string(),
  item: z.object({ code: z.string(), name: bilingual }).optional(),
  anonymous: z.boolean(),
  writerMasked: z.object({ name: z.string().optional(), phone: z.string().optional() }),
  status: z.enum(['awaiting_answer', 'awaiting_approval', 'answered']),
  round: z.number().int(),
  writtenAt: z.string(),
  limitDays: z.number().int(),
  dueDate: z.string(),
  answers: z.array(
    z.object({
      round: z.number().int(),
      text: z.string(),
      department: z.string(),
      answeredAt: z.string(),
      answeredBy: z.string().optional(),
    }),
  ),
  ratings: z.array(z.object({ round: z.number().int(), satisfaction: z.number().int(), comment: z.string() })),
  history: z.array(
    z.object({
      at: z.string(),
      event: z.string(),
      round: z.number().int(),
      reason: z.string().optional(),
      department: z.string().optional(),
      from: z.string().optional(),
      by: z.string().optional(),
    }),
  ),
  /** Staff only: an officer's draft answer waiting for the head's approval. */
  draft: z.object({ text: z.string(), by: z.string(), at: z.string() }).optional(),
  /** Staff only, while an answer is owed: the round's clock on the cases' deadline engine. */
  clock: z
    .object({
      level: z.enum(['green', 'yellow', 'red']),
      dueDate: z.string(),
      remainingWorkingDays: z.number().int(),
      escalated: z.boolean(),
    })
    .optional(),
  /** Only when staff asked to reveal the writer (audited). */
  writer: z.object({ name: z.string().optional(), phone: z.string().optional() }).optional(),
  /** Files sent with the letter; a download URL where the route hands one out (its writer, staff in scope). */
  attachments: z
    .array(
      z.object({
        documentId: z.string(),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        downloadUrl: z.string().optional(),
      }),
    )
    .default([]),
  published: z.boolean(),
  mayRate: z.boolean(),
  reopenableUntil: z.string().optional(),
});
export type Letter = z.infer<typeof letterSchema>;

const receiptSchema = z.object({
  letter: letterSchema,
  credentials: z.object({ queryCode: z.string(), password: z.string() }).optional(),
});
export type LetterReceipt = z.infer<typeof receiptSchema>;

const summarySchema = z.object({
  letterId: z.string(),
  letterNumber: z.string(),
  type: z.string(),
  topic: z.string(),
  subject: z.string(),
  status: z.string(),
  writtenAt: z.string(),
  dueDate: z.string(),
});

const publicLetterSchema = z.object({
  letterNumber: z.string(),
  type: z.string(),
  topic: z.string(),
  department: z.string(),
  item: z.object({ code: z.string(), name: bilingual }).optional(),
  subject: z.string(),
  body: z.string(),
  answer: z.string(),
  writtenAt: z.string(),
  publishedAt: z.string(),
});
export type PublicLetter = z.infer<typeof publicLetterSchema>;

export interface Credentials {
  queryCode: string;
  password: string;
}

const id = (value: string) => encodeURIComponent(value);
const post = (body: unknown) => ({ method: 'POST' as const, body });

export const lettersApi = {
  write: (input: unknown, signedIn: boolean) =>
    request(signedIn ? '/api/letters' : '/api/letters/anonymous', receiptSchema, post(input)),
  /** An anonymous writer's file for the letter being written (under its submission token). */
  uploadAnonymous: (input: { fileName: string; contentType: string; size: number; submissionToken: string }) =>
    request('/api/letters/attachments', uploadTicketSchema, post(input)),
  listMine: async () => (await request('/api/letters', z.object({ items: z.array(summarySchema) }))).items,
  get: (letterId: string, options: { reveal?: boolean } = {}) =>
    request(`/api/letters/${id(letterId)}${options.reveal ? '?reveal=true' : ''}`, letterSchema),
  reroute: (letterId: string, input: { department: string; reason: string }) =>
    request(`/api/letters/${id(letterId)}/routing`, letterSchema, post(input)),
  follow: (credentials: Credentials) => request('/api/letters/follow', letterSchema, post(credentials)),
  rate: (letterId: string, input: { satisfaction: number; comment: string }) =>
    request(`/api/letters/${id(letterId)}/rating`, letterSchema, post(input)),
  reopen: (letterId: string, input: { reason: string }) =>
    request(`/api/letters/${id(letterId)}/reopening`, letterSchema, post(input)),
  followRate: (credentials: Credentials, input: { satisfaction: number; comment: string }) =>
    request('/api/letters/follow/rating', letterSchema, post({ ...credentials, ...input })),
  followReopen: (credentials: Credentials, input: { reason: string }) =>
    request('/api/letters/follow/reopening', letterSchema, post({ ...credentials, ...input })),
  answer: (letterId: string, answer: string, forApproval = false) =>
    request(
      `/api/letters/${id(letterId)}/answer`,
      letterSchema,
      post({ answer, ...(forApproval ? { forApproval } : {}) }),
    ),
  approve: (letterId: string, input: { approve: boolean; reason?: string }) =>
    request(`/api/letters/${id(letterId)}/approval`, letterSchema, post(input)),
  /** One published consultation by its letter number (404 when unknown or not published). */
  getPublic: (letterNumber: string) => request(`/api/public-letters/${id(letterNumber)}`, publicLetterSchema),
  listPublic: (query: { topic?: string; item?: string; cursor?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
    const qs = params.toString();
    return request(
      `/api/letters/public${qs ? `?${qs}` : ''}`,
      z.object({ items: z.array(publicLetterSchema), nextCursor: z.string().optional() }),
    );
  },
};
