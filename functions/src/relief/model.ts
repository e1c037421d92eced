import { z } from 'zod';
import { counterCaseInput, submitCaseInput } from '../cases/model.js';
import { household } from './household.js';
import { reliefPrograms } from './programs.js';

const programCodes = reliefPrograms.map((p) => p.code) as [string, ...string[]];
const programCode = z.enum(programCodes, { message: 'one of the relief programs (GET /api/services/… lists them)' });

/** `POST /api/relief/eligibility`: the household, as /relief asks for it. */
export const eligibilityInput = z.object({ household });

/**
 * `POST /api/relief/applications`: the relief item's form answers, shared materials and pickup (as any
 * application), the household once, and the programs chosen (each must be one it may qualify for).
 */
export const reliefApplicationInput = submitCaseInput.omit({ itemCode: true }).extend({
  household,
  programs: z
    .array(programCode)
    .min(1, 'choose at least one program')
    .max(reliefPrograms.length)
    .refine((list) => new Set(list).size === list.length, 'each program at most once'),
});
export type ReliefApplicationInput = z.infer<typeof reliefApplicationInput>;

/**
 * `POST /api/counter/relief`: a relief application a street clerk takes at the station's one window (一口受理)
 * for a resident who came in person — the same as online, plus the clerk's confirmation that they checked
 * the ID card and their answer to the account match, as any counter filing.
 */
export const counterReliefInput = reliefApplicationInput.extend(
  counterCaseInput.pick({ identityChecked: true, joinAccount: true }).shape,
);
export type CounterReliefInput = z.infer<typeof counterReliefInput>;

const bilingual = z.object({ zh: z.string(), en: z.string() });

/** One program's answer for the household: each condition in plain words and whether it is met. */
export const programEligibilityView = z.object({
  code: z.string(),
  department: z.string(),
  name: bilingual,
  explanation: bilingual,
  eligible: z.boolean(),
  conditions: z.array(z.object({ met: z.boolean(), text: bilingual })),
});

export const eligibilityView = z.object({
  /** Monthly income and financial assets per person, as the rules read them. */
  facts: z.object({
    size: z.number(),
    incomePerCapita: z.number(),
    assetsPerCapita: z.number(),
    areaPerCapita: z.number(),
  }),
  programs: z.array(programEligibilityView),
});
export type EligibilityView = z.infer<typeof eligibilityView>;
