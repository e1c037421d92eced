import { z } from 'zod';
import { opinion, text } from './document-text.js';

/**
 * A recipient department's handling of a received document (收文): its document clerk registers it (登记) and
 * proposes how to handle it (拟办: handled by the department's officers, or circulated to named officers), its
 * head decides (批办: agrees or changes the proposal, with an opinion, and may name the readers), then an officer
 * handles it (办结) or each named reader reads it (传阅, who read and when); the receipt is handled once all have
 * read, or when the head or the clerk closes the circulation.
 */
export const receiptStatuses = ['pending', 'registered', 'proposed', 'decided', 'handled'] as const;
export type ReceiptStatus = (typeof receiptStatuses)[number];

/** 办理 by the department's officers, or 传阅 to named readers. */
export const handlingModes = ['handle', 'circulate'] as const;
export type HandlingMode = (typeof handlingModes)[number];

const staffUsername = z
  .string({ message: 'readers: staff usernames' })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'readers: a staff username (letters, digits, dot, dash, underscore)');
const readers = z
  .array(staffUsername, { message: 'readers: a list of staff usernames' })
  .min(1, 'readers: at least 1 reader')
  .max(30, 'readers: at most 30 readers')
  .refine((list) => new Set(list).size === list.length, 'readers: each reader once');
const mode = z.enum(handlingModes, { message: `mode: one of ${handlingModes.join(', ')}` });

/** Readers go with a circulation only, and a circulation needs them. */
function readersFit(value: { mode?: HandlingMode; readers?: string[] }, ctx: z.RefinementCtx, required: boolean) {
  if (value.mode === 'handle' && value.readers) {
    ctx.addIssue({ code: 'custom', path: ['readers'], message: 'readers: only a circulation (传阅) names readers' });
  }
  if (required && value.mode === 'circulate' && !value.readers) {
    ctx.addIssue({ code: 'custom', path: ['readers'], message: 'readers: name at least 1 reader to circulate to' });
  }
}

/** The receipt's steps of `POST /api/official-documents/{id}/actions`. */
export const receiptActions = [
  /** The document clerk registers the received document (收文登记). */
  z.object({ action: z.literal('register'), opinion: opinion.optional() }).strict(),
  /** The document clerk's proposal (拟办): how to handle it, and by whom. */
  z
    .object({ action: z.literal('propose'), mode, readers: readers.optional(), proposal: text('proposal', 2, 1000) })
    .strict()
    .superRefine((value, ctx) => readersFit(value, ctx, true)),
  /**
   * The head's decision (批办): agree (the proposal's mode; the readers may be named anew) or change it (the mode
   * then required), with an opinion.
   */
  z
    .object({
      action: z.literal('decide'),
      decision: z.enum(['agree', 'change'], { message: 'decision: one of agree, change' }),
      mode: mode.optional(),
      readers: readers.optional(),
      opinion,
    })
    .strict()
    .superRefine((value, ctx) => {
      if (value.decision === 'change' && !value.mode) {
        ctx.addIssue({
          code: 'custom',
          path: ['mode'],
          message: 'mode: say how to handle it when changing the proposal',
        });
      }
      if (value.decision === 'agree' && value.mode) {
        ctx.addIssue({ code: 'custom', path: ['mode'], message: 'mode: agreeing keeps the proposal’s mode' });
      }
      readersFit(value, ctx, value.decision === 'change');
    }),
  /** The handling officer marks it handled (办结). */
  z.object({ action: z.literal('complete'), opinion }).strict(),
  /** A named reader marks it read (传阅), with an optional remark. */
  z.object({ action: z.literal('read'), remark: text('remark', 1, 500).optional() }).strict(),
  /** The head or the clerk closes a circulation before every reader has read it. */
  z.object({ action: z.literal('close'), opinion }).strict(),
] as const;

/** The clerk's proposal (拟办) as kept on the receipt. */
export interface ReceiptProposal {
  mode: HandlingMode;
  readers?: string[];
  text: string;
  by: string;
  at: string;
}

/** The head's decision (批办) as kept on the receipt: the mode and readers it settled on. */
export interface ReceiptDecision {
  decision: 'agree' | 'change';
  mode: HandlingMode;
  readers?: string[];
  opinion: string;
  by: string;
  at: string;
}

/** A named reader of a circulation: when they read it (absent: not yet), with their remark. */
export interface ReceiptRead {
  reader: string;
  readAt?: string;
  remark?: string;
}

const proposalView = z.object({
  mode: z.enum(handlingModes),
  readers: z.array(z.string()).optional(),
  text: z.string(),
  by: z.string(),
  at: z.string(),
});
const decisionView = z.object({
  decision: z.enum(['agree', 'change']),
  mode: z.enum(handlingModes),
  readers: z.array(z.string()).optional(),
  opinion: z.string(),
  by: z.string(),
  at: z.string(),
});
const readView = z.object({ reader: z.string(), readAt: z.string().optional(), remark: z.string().optional() });

/** A receipt as the document view shows it: its handling (proposal, decision, reads) to its own department only. */
export const receiptView = <E extends z.ZodType>(event: E) =>
  z.object({
    department: z.string(),
    role: z.enum(['main', 'copy']),
    status: z.enum(receiptStatuses),
    dispatchedAt: z.string(),
    registeredBy: z.string().optional(),
    registeredAt: z.string().optional(),
    handledBy: z.string().optional(),
    handledAt: z.string().optional(),
    opinion: z.string().optional(),
    proposal: proposalView.optional(),
    decision: decisionView.optional(),
    reads: z.array(readView).optional(),
    history: z.array(event).optional(),
  });
