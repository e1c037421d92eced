import { z } from 'zod';
import { departmentCodes } from '../catalog/taxonomy.js';
import { opinion, text } from './document-text.js';
import {
  receiptActions,
  receiptStatuses,
  receiptView,
  type ReceiptDecision,
  type ReceiptProposal,
  type ReceiptRead,
  type ReceiptStatus,
} from './receipt-model.js';

export { handlingModes, receiptStatuses, type HandlingMode, type ReceiptStatus } from './receipt-model.js';

/**
 * Official documents (公文, GB/T 9704): a department's outgoing document (发文) drafted, reviewed (核稿) by the
 * department's head, signed (签发) by the configured signer — who gives it its number (发文字号) and freezes it
 * into the department's hash-chained archive — and dispatched to the recipient departments, which register
 * (登记) and handle (办结) it. Public and internal documents only: no classified content is ever held here.
 */
export const documentTypes = ['notice', 'request', 'report', 'letter', 'minutes', 'opinion', 'reply'] as const;
export type DocumentType = (typeof documentTypes)[number];
/** 特急, 加急, 平件. */
export const urgencies = ['extra-urgent', 'urgent', 'normal'] as const;
export type Urgency = (typeof urgencies)[number];
/** 公开, 内部 (classified levels are refused by design). */
export const securityLevels = ['public', 'internal'] as const;
export type SecurityLevel = (typeof securityLevels)[number];

/** draft → review → signing → signed (dispatched); a return sends it back to draft with the opinion. */
export const documentStatuses = ['draft', 'review', 'signing', 'signed'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

export const officialDocumentId = z
  .string({ message: 'id: an official document id' })
  .regex(/^[0-9a-z-]{4,40}$/, 'id: an official document id (lower-case letters, digits and hyphens)');

const department = z.enum(departmentCodes, { message: 'a department code' });
const recipients = (field: string, min: number) =>
  z
    .array(department, { message: `${field}: a list of department codes` })
    .min(min, `${field}: at least ${min} department`)
    .max(15, `${field}: at most 15 departments`)
    .refine((list) => new Set(list).size === list.length, `${field}: each department once`);

/** What a drafter writes; every save keeps it as a new immutable version. */
const contentFields = z.object({
  title: text('title', 4, 120),
  type: z.enum(documentTypes, { message: `type: one of ${documentTypes.join(', ')}` }),
  urgency: z.enum(urgencies, { message: `urgency: one of ${urgencies.join(', ')}` }),
  security: z.enum(securityLevels, {
    message: `security: one of ${securityLevels.join(', ')} (no classified content)`,
  }),
  mainRecipients: recipients('mainRecipients', 1),
  copyRecipients: recipients('copyRecipients', 0).default([]),
  body: text('body', 10, 20_000),
});
const distinctRecipients = (content: { mainRecipients: string[]; copyRecipients: string[] }) =>
  !content.copyRecipients.some((d) => content.mainRecipients.includes(d));
const distinctMessage = {
  message: 'copyRecipients: a department is either a main or a copy recipient',
  path: ['copyRecipients'],
};
export const documentContent = contentFields.strict().refine(distinctRecipients, distinctMessage);
export type DocumentContent = z.infer<typeof documentContent>;

/** `POST /api/official-documents`: a new draft of the caller's department (version 1). */
export const createDocumentInput = documentContent;
export type CreateDocumentInput = z.infer<typeof createDocumentInput>;

const version = z
  .number({ message: 'version: the version you read (a whole number)' })
  .int('version: a whole number')
  .min(1, 'version: at least 1');

/** Every step of the actions route, in the order of a document's life. */
export const documentActionNames = [
  'save',
  'submit',
  'review',
  'sign',
  'register',
  'propose',
  'decide',
  'complete',
  'read',
  'close',
] as const;

/** `POST /api/official-documents/{id}/actions`: one step of the document's process. */
export const documentActionInput = z.discriminatedUnion(
  'action',
  [
    /** The drafter saves new content (a new version) while it is a draft. */
    z.object({ action: z.literal('save'), version, content: documentContent }).strict(),
    /** The drafter sends the draft to the head's review (核稿). */
    z.object({ action: z.literal('submit'), version }).strict(),
    /** The head's review: on to signing, or back to the drafter. */
    z.object({ action: z.literal('review'), decision: z.enum(['approve', 'return']), opinion }).strict(),
    /** The signer's signing (签发): numbered, frozen, archived and dispatched, or back to the drafter. */
    z.object({ action: z.literal('sign'), decision: z.enum(['sign', 'return']), opinion }).strict(),
    /** A recipient department's steps: register, propose, decide, complete, read, close (receipt-model.ts). */
    ...receiptActions,
  ],
  { message: `action: one of ${documentActionNames.join(', ')}` },
);
export type DocumentActionInput = z.infer<typeof documentActionInput>;
export type DocumentAction = DocumentActionInput['action'];

export const documentViews = ['todo', 'mine', 'received', 'archive'] as const;
export type DocumentView = (typeof documentViews)[number];

/** `GET /api/official-documents`: what I must act on, my department's outgoing, received, or its archive. */
export const documentListQuery = z
  .object({ view: z.enum(documentViews, { message: `view: one of ${documentViews.join(', ')}` }) })
  .partial()
  .strict();
export type DocumentListQuery = z.infer<typeof documentListQuery>;

/** One step in a document's history: who did what, with their opinion. */
export interface DocumentEvent {
  action:
    | 'created'
    | 'saved'
    | 'submitted'
    | 'approved'
    | 'returned'
    | 'signed'
    | 'registered'
    | 'proposed'
    | 'decided'
    | 'handled'
    | 'read'
    | 'closed';
  by: string;
  at: string;
  /** The department acting (a recipient's registration and handling). */
  department: string;
  opinion?: string;
  version?: number;
}

/** The stored document head (core table): current content, state and history. */
export interface OfficialDocumentRecord extends DocumentContent {
  documentId: string;
  department: string;
  drafter: string;
  /** The inbox a returned draft goes back to: the drafter's role. */
  drafterRole: 'officer' | 'head';
  status: DocumentStatus;
  /** The latest content version; also the optimistic-locking token of the head. */
  version: number;
  /** The configured signer (username) named when the draft went to review; absent: any head of the department. */
  signer?: string;
  /** After signing: 发文字号, the signed version, its SHA-256 and its archive entry. */
  number?: string;
  signedVersion?: number;
  signedAt?: string;
  signedBy?: string;
  contentHash?: string;
  archiveSeq?: number;
  /** The last return's opinion, while the drafter revises. */
  returned?: { by: string; at: string; opinion: string };
  history: DocumentEvent[];
  createdAt: string;
  updatedAt: string;
}

/** One immutable version of the content. */
export interface DocumentVersion extends DocumentContent {
  version: number;
  at: string;
  by: string;
}

/** A recipient department's receipt of a dispatched document. */
export interface DocumentReceipt {
  documentId: string;
  department: string;
  /** main (主送) or copy (抄送). */
  role: 'main' | 'copy';
  status: ReceiptStatus;
  dispatchedAt: string;
  registeredBy?: string;
  registeredAt?: string;
  handledBy?: string;
  handledAt?: string;
  /** The registration's, then the handling's or the closing's opinion. */
  opinion?: string;
  proposal?: ReceiptProposal;
  decision?: ReceiptDecision;
  /** A circulation's readers, in the order named, each with when they read it. */
  reads?: ReceiptRead[];
  /** The receipt's own steps (the document's history is the drafting department's). */
  history?: DocumentEvent[];
  /** The number of writes so far (optimistic locking: two readers reading at once both count). */
  revision?: number;
}

/** An entry of a department's archive chain: each holds the previous entry's hash, so a change shows. */
export interface ArchiveEntry {
  department: string;
  seq: number;
  documentId: string;
  number: string;
  contentHash: string;
  signedAt: string;
  previousHash: string;
  entryHash: string;
}

const event = z.object({
  action: z.string(),
  by: z.string(),
  at: z.string(),
  department: z.string(),
  opinion: z.string().optional(),
  version: z.number().int().optional(),
});

const receipt = receiptView(event);

/** A document as staff see it, with what the caller may do next. */
export const officialDocument = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(documentTypes),
  urgency: z.enum(urgencies),
  security: z.enum(securityLevels),
  mainRecipients: z.array(z.string()),
  copyRecipients: z.array(z.string()),
  body: z.string(),
  department: z.string(),
  drafter: z.string(),
  status: z.enum(documentStatuses),
  version: z.number().int(),
  signer: z.string().optional(),
  number: z.string().optional(),
  signedVersion: z.number().int().optional(),
  signedAt: z.string().optional(),
  signedBy: z.string().optional(),
  contentHash: z.string().optional(),
  archiveSeq: z.number().int().optional(),
  returned: z.object({ by: z.string(), at: z.string(), opinion: z.string() }).optional(),
  history: z.array(event),
  createdAt: z.string(),
  updatedAt: z.string(),
  versions: z.array(z.object({ version: z.number().int(), at: z.string(), by: z.string(), title: z.string() })),
  receipts: z.array(receipt),
  /** The actions the caller may take now. */
  actions: z.array(z.enum(documentActionNames)),
});
export type OfficialDocumentView = z.infer<typeof officialDocument>;

const line = z.object({
  id: z.string(),
  title: z.string(),
  type: z.enum(documentTypes),
  urgency: z.enum(urgencies),
  security: z.enum(securityLevels),
  department: z.string(),
  status: z.enum(documentStatuses),
  number: z.string().optional(),
  updatedAt: z.string(),
  returned: z.boolean(),
  /** On the received list: my department's receipt. */
  receipt: z.enum(receiptStatuses).optional(),
});
export type OfficialDocumentLine = z.infer<typeof line>;

/** The answer of `GET /api/official-documents`; the archive view adds the chain's verification. */
export const officialDocumentList = z.object({
  view: z.enum(documentViews),
  items: z.array(line),
  chain: z.object({ valid: z.boolean(), entries: z.number().int(), brokenAt: z.number().int().optional() }).optional(),
});
export type OfficialDocumentList = z.infer<typeof officialDocumentList>;
