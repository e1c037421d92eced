import type { Bilingual } from '../catalog/taxonomy.js';
import type { Household } from './household.js';
import { reliefPrograms, type ReliefProgram } from './programs.js';
import { evaluateCondition, type ConditionResult } from './rules.js';

/** One program's answer for a household: whether it may qualify, and each condition explained. */
export interface ProgramEligibility {
  readonly code: string;
  readonly department: string;
  readonly name: Bilingual;
  readonly explanation: Bilingual;
  /** Every condition holds: the household may apply (the department still reviews). */
  readonly eligible: boolean;
  readonly conditions: readonly ConditionResult[];
}

export function evaluateProgram(program: ReliefProgram, h: Household): ProgramEligibility {
  const conditions = program.conditions.map((c) => evaluateCondition(c, h));
  return {
    code: program.code,
    department: program.department,
    name: program.name,
    explanation: program.explanation,
    eligible: conditions.every((c) => c.met),
    conditions,
  };
}

/** Every program's answer, those the household may qualify for first (catalog order otherwise). */
export function evaluateHousehold(h: Household): ProgramEligibility[] {
  const all = reliefPrograms.map((program) => evaluateProgram(program, h));
  return [...all.filter((x) => x.eligible), ...all.filter((x) => !x.eligible)];
}
