import type { Bilingual } from '../catalog/taxonomy.js';
import { factsOf, type Household, type HouseholdMember } from './household.js';

/**
 * Eligibility rules as data (relief/programs.ts declares each program's conditions); this file evaluates
 * them and says in plain words, for each condition, what it asks and whether the household meets it.
 */

/** Which member a condition looks for; every field given must hold for the same member. */
export interface MemberTest {
  readonly minAge?: number;
  readonly maxAge?: number;
  /** A disability at least this severe (1 is the most severe grade). */
  readonly disabilityUpTo?: 1 | 2 | 3 | 4;
  readonly schooling?: readonly HouseholdMember['schooling'][];
  readonly unemployed?: true;
  readonly seriousIllness?: true;
  readonly veteran?: true;
  readonly noSupport?: true;
}

export type Condition =
  | { readonly kind: 'income_per_capita_at_most'; readonly yuan: number }
  | { readonly kind: 'assets_per_capita_at_most'; readonly yuan: number }
  | { readonly kind: 'area_per_capita_at_most'; readonly m2: number }
  | { readonly kind: 'housing_in'; readonly housings: readonly Household['housing'][] }
  | { readonly kind: 'member'; readonly who: MemberTest; readonly label: Bilingual }
  | { readonly kind: 'emergency' };

export interface ConditionResult {
  readonly met: boolean;
  /** What the condition asks and what the household has, in plain words. */
  readonly text: Bilingual;
}

const housingNames: Record<Household['housing'], Bilingual> = {
  owned: { zh: '自有住房', en: 'own home' },
  rented: { zh: '租住', en: 'renting' },
  public_rental: { zh: '公租房', en: 'public rental housing' },
  none: { zh: '无住房', en: 'no home' },
};

function memberMatches(m: HouseholdMember, who: MemberTest): boolean {
  if (who.minAge !== undefined && m.age < who.minAge) return false;
  if (who.maxAge !== undefined && m.age > who.maxAge) return false;
  if (who.disabilityUpTo !== undefined && (m.disability === 'none' || Number(m.disability) > who.disabilityUpTo)) {
    return false;
  }
  if (who.schooling && !who.schooling.includes(m.schooling)) return false;
  if (who.unemployed && !m.unemployed) return false;
  if (who.seriousIllness && !m.seriousIllness) return false;
  if (who.veteran && !m.veteran) return false;
  if (who.noSupport && !m.noSupport) return false;
  return true;
}

const yuan = (n: number) => n.toLocaleString('en-US');

/** Evaluates one condition against a household, with its plain-language explanation. */
export function evaluateCondition(condition: Condition, h: Household): ConditionResult {
  const facts = factsOf(h);
  switch (condition.kind) {
    case 'income_per_capita_at_most': {
      const met = facts.incomePerCapita <= condition.yuan;
      return {
        met,
        text: {
          zh: `家庭月人均收入不高于 ${yuan(condition.yuan)} 元（您家为 ${yuan(facts.incomePerCapita)} 元）`,
          en: `Monthly income per person at most ¥${yuan(condition.yuan)} (yours: ¥${yuan(facts.incomePerCapita)})`,
        },
      };
    }
    case 'assets_per_capita_at_most': {
      const met = facts.assetsPerCapita <= condition.yuan;
      return {
        met,
        text: {
          zh: `人均金融资产不高于 ${yuan(condition.yuan)} 元（您家为 ${yuan(facts.assetsPerCapita)} 元）`,
          en: `Financial assets per person at most ¥${yuan(condition.yuan)} (yours: ¥${yuan(facts.assetsPerCapita)})`,
        },
      };
    }
    case 'area_per_capita_at_most': {
      const met = facts.areaPerCapita <= condition.m2;
      return {
        met,
        text: {
          zh: `人均住房面积不超过 ${condition.m2} 平方米（您家为 ${facts.areaPerCapita} 平方米）`,
          en: `Living space per person at most ${condition.m2} m² (yours: ${facts.areaPerCapita} m²)`,
        },
      };
    }
    case 'housing_in': {
      const met = condition.housings.includes(h.housing);
      const list = (lang: 'zh' | 'en') => condition.housings.map((x) => housingNames[x][lang]);
      return {
        met,
        text: {
          zh: `住房情况为${list('zh').join('或')}（您家为${housingNames[h.housing].zh}）`,
          en: `Housing: ${list('en').join(' or ')} (yours: ${housingNames[h.housing].en})`,
        },
      };
    }
    case 'member': {
      const who = h.members.find((m) => memberMatches(m, condition.who));
      return {
        met: who !== undefined,
        text: {
          zh: `家中有${condition.label.zh}${who ? `（${who.name}）` : '（未填报）'}`,
          en: `A member who is ${condition.label.en}${who ? ` (${who.name})` : ' (none entered)'}`,
        },
      };
    }
    case 'emergency':
      return {
        met: h.emergency,
        text: {
          zh: `今年遭遇火灾、意外、重病或亲人离世等突发困难${h.emergency ? '（已填报）' : '（未填报）'}`,
          en: `A sudden hardship this year such as fire, accident or bereavement${h.emergency ? ' (entered)' : ' (none entered)'}`,
        },
      };
  }
}
