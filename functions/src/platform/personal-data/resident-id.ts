import { z } from 'zod';
import {
  isMainlandMobile,
  normaliseMobile,
  normaliseResidentId,
  residentIdMessages,
  residentIdProblem,
} from './resident-id-rules.js';

/** The zod schemas every API edge uses for resident ID and mobile numbers (rules: resident-id-rules.ts). */
export * from './resident-id-rules.js';

/** An 18-digit PRC resident ID number, normalised (upper-case X). */
export const residentIdSchema = z
  .string()
  .transform(normaliseResidentId)
  .superRefine((id, ctx) => {
    const problem = residentIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', message: residentIdMessages[problem], params: { problem } });
  });

/** A mainland mobile number, normalised to its 11 digits. */
export const mainlandMobileSchema = z
  .string()
  .transform(normaliseMobile)
  .refine(isMainlandMobile, 'must be a mainland mobile number: 11 digits starting with 13 to 19');
