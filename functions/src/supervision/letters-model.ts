import { z } from 'zod';
import { letterTopicCodes, letterTypes } from '../letters/routing.js';

/**
 * Supervision of the mailbox (越秀信箱, issue 18 item 6): letters by type, topic and department; answers given
 * within the type's limit in working days; the writers' satisfaction; how often an answer was not enough
 * (reopened). Only facts about the handling are read: never the writer, the letter's text or the answer.
 */

const share = z.number().min(0).max(1).nullable();

/** The figures of one group of letters (a department, a type, a topic, or the whole scope). */
export const letterFigures = z.object({
  letters: z.number().int(),
  /** Letters waiting for an answer or for the head's approval of a draft. */
  waiting: z.number().int(),
  /** Of those, waiting past the due date of their round. */
  overdue: z.number().int(),
  /** Answers given (a reopened letter answered twice counts twice): the on-time rate's denominator. */
  answers: z.number().int(),
  /** Of those, given by the end of their round's due date (China's calendar). */
  answersOnTime: z.number().int(),
  onTimeRate: share,
  satisfaction: z.object({
    rated: z.number().int(),
    average: z.number().nullable(),
    /** Share of ratings of 4 or 5. */
    satisfiedShare: share,
  }),
  /** Letters answered at least once: the reopen rate's denominator. */
  answered: z.number().int(),
  /** Of those, reopened by their writer. */
  reopened: z.number().int(),
  reopenRate: share,
});
export type LetterFigures = z.infer<typeof letterFigures>;

const bilingualName = z.object({ zh: z.string(), en: z.string() });

/** The body of `GET /api/supervision/letters`. */
export const supervisionLetters = z.object({
  generatedAt: z.string(),
  /** Today in China, the day waiting letters are counted overdue on. */
  asOf: z.string(),
  /** Dates of writing (China's calendar, both ends included). */
  period: z.object({ from: z.string().optional(), to: z.string().optional() }),
  scope: z.object({ kind: z.enum(['district', 'department']), departments: z.array(z.string()) }),
  total: letterFigures,
  /** Each department in scope, by the department that holds the letter now (after any re-routing). */
  departments: z.array(letterFigures.extend({ department: z.string(), name: bilingualName })),
  byType: z.array(letterFigures.extend({ type: z.enum(letterTypes) })),
  /** Topics with at least one letter. */
  byTopic: z.array(letterFigures.extend({ topic: z.enum(letterTopicCodes), name: bilingualName })),
});
export type SupervisionLetters = z.infer<typeof supervisionLetters>;
