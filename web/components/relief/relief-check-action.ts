'use server';

import { api, isApiError } from '@/lib/api';
import { reliefHouseholdSchema, type ReliefEligibility, type ReliefHousehold } from '@/lib/api-schemas';

export interface ReliefCheckState {
  status: 'idle' | 'refused' | 'checked';
  /** The household as checked (sent on with the application). */
  household?: ReliefHousehold;
  eligibility?: ReliefEligibility;
  /** The fields the API's own schema refused (e.g. `members.1.age`, `monthlyIncome`). */
  problems?: string[];
  message?: 'invalid' | 'failed';
}

const number = (value: FormDataEntryValue | null) => (value === null || value === '' ? Number.NaN : Number(value));

/** The household posted by the relief form: member rows `member-<i>-<field>`, then the household's figures. */
function householdOf(data: FormData): unknown {
  const count = Math.min(Number(data.get('memberCount')) || 0, 12);
  const members = Array.from({ length: count }, (_, i) => {
    const field = (name: string) => data.get(`member-${i}-${name}`);
    return {
      name: String(field('name') ?? ''),
      relation: String(field('relation') ?? ''),
      age: number(field('age')),
      disability: String(field('disability') ?? 'none'),
      schooling: String(field('schooling') ?? 'none'),
      unemployed: field('unemployed') === 'on',
      seriousIllness: field('seriousIllness') === 'on',
      veteran: field('veteran') === 'on',
      noSupport: field('noSupport') === 'on',
    };
  });
  return {
    members,
    monthlyIncome: number(data.get('monthlyIncome')),
    financialAssets: number(data.get('financialAssets')),
    housing: String(data.get('housing') ?? ''),
    housingArea: number(data.get('housingArea')),
    emergency: data.get('emergency') === 'on',
  };
}

/** Checks the household with the API's schema, then asks the API which programs it may qualify for. */
export async function checkRelief(_previous: ReliefCheckState, data: FormData): Promise<ReliefCheckState> {
  const parsed = reliefHouseholdSchema.safeParse(householdOf(data));
  if (!parsed.success) {
    return { status: 'refused', message: 'invalid', problems: parsed.error.issues.map((i) => i.path.join('.')) };
  }
  try {
    const eligibility = await api.reliefEligibility(parsed.data);
    return { status: 'checked', household: parsed.data, eligibility };
  } catch (error) {
    if (isApiError(error, 400)) return { status: 'refused', message: 'invalid' };
    return { status: 'refused', message: 'failed' };
  }
}
