import { z } from 'zod';

/**
 * A household's circumstances as the relief intake (/relief) asks for them once (一口上下): its members, the
 * household's monthly income and financial assets, its housing. Every program's rules read only this.
 */

export const disabilityGrades = ['none', '1', '2', '3', '4'] as const;
export const schoolings = ['none', 'preschool', 'compulsory', 'high_school', 'university'] as const;
export const housings = ['owned', 'rented', 'public_rental', 'none'] as const;
export const relations = ['self', 'spouse', 'child', 'parent', 'other'] as const;

export const householdMember = z.object({
  name: z.string().trim().min(1).max(40),
  relation: z.enum(relations),
  age: z.number().int().min(0).max(120),
  /** 残疾等级 (1 is the most severe); `none` without a disability certificate. */
  disability: z.enum(disabilityGrades).default('none'),
  schooling: z.enum(schoolings).default('none'),
  /** Working age, able to work and without a job (登记失业). */
  unemployed: z.boolean().default(false),
  /** A serious or chronic illness needing long treatment (重特大疾病、慢性病). */
  seriousIllness: z.boolean().default(false),
  /** A veteran (退役军人). */
  veteran: z.boolean().default(false),
  /** Unable to work with no one obliged and able to support them (无劳动能力、无赡养抚养扶养人). */
  noSupport: z.boolean().default(false),
});

export const household = z.object({
  members: z.array(householdMember).min(1).max(12),
  /** The household's total monthly income in yuan. */
  monthlyIncome: z.number().min(0).max(10_000_000),
  /** Savings, securities and other financial assets in yuan. */
  financialAssets: z.number().min(0).max(1_000_000_000),
  housing: z.enum(housings),
  /** Living space in m² (0 without a home). */
  housingArea: z.number().min(0).max(10_000),
  /** A sudden hardship this year: fire, accident, a death in the family (突发事件). */
  emergency: z.boolean().default(false),
});

export type HouseholdMember = z.infer<typeof householdMember>;
export type Household = z.infer<typeof household>;

/** What the rules read of a household, derived once. */
export interface HouseholdFacts {
  readonly size: number;
  readonly incomePerCapita: number;
  readonly assetsPerCapita: number;
  readonly areaPerCapita: number;
}

export function factsOf(h: Household): HouseholdFacts {
  const size = h.members.length;
  return {
    size,
    incomePerCapita: Math.round(h.monthlyIncome / size),
    assetsPerCapita: Math.round(h.financialAssets / size),
    areaPerCapita: Math.round((h.housingArea / size) * 10) / 10,
  };
}
