'use server';

import { api, isApiError } from '@/lib/api';

/** What the clerk sees of the registry record to check the applicant's identity (no photo, no history). */
export interface ApplicantRecord {
  idNumber: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  ethnicity?: string;
  street: string;
  community?: string;
  address?: string;
}

export interface LookupState {
  status: 'idle' | 'found' | 'refused';
  problem?: 'invalid' | 'notFound' | 'failed';
  person?: ApplicantRecord;
  /** Which lookup this is, so the form fills once per lookup. */
  attempt?: number;
  idNumber?: string;
}

const idNumberPattern = /^\d{17}[\dX]$/;

/**
 * The counter clerk looks a walk-in applicant up in the person registry by ID number, through the registries'
 * own lookup (GET /api/registries/persons/{idNumber}, which audits the read).
 */
export async function lookupApplicant(previous: LookupState, data: FormData): Promise<LookupState> {
  const idNumber = String(data.get('lookupIdNumber') ?? '')
    .trim()
    .toUpperCase();
  const attempt = (previous.attempt ?? 0) + 1;
  if (!idNumberPattern.test(idNumber)) return { status: 'refused', problem: 'invalid', attempt, idNumber };
  try {
    const found = await api.lookupRegistryPerson(idNumber);
    const { name, sex, birthDate, ethnicity, street, community, address } = found;
    return {
      status: 'found',
      attempt,
      idNumber,
      person: { idNumber: found.idNumber, name, sex, birthDate, ethnicity, street, community, address },
    };
  } catch (error) {
    const problem = isApiError(error, 404) ? 'notFound' : isApiError(error, 400) ? 'invalid' : 'failed';
    return { status: 'refused', problem, attempt, idNumber };
  }
}
