import { openField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskName } from '../platform/personal-data/masking.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import type { Household } from '../relief/household.js';
import type { CaseRecord } from './model.js';

/** The record a relief case's household is sealed to (beside the answers, with the same purpose). */
export const householdRecordKey = (caseId: string) => `CASE#${caseId}#HOUSEHOLD`;

/**
 * A relief case's household (综合救助), decrypted: in full for the applicant and for staff who reveal, with
 * the members' names masked for staff otherwise. Absent on other cases.
 */
export async function householdOf(
  record: Pick<CaseRecord, 'caseId' | 'householdEnc'>,
  masked: boolean,
): Promise<Household | undefined> {
  if (!record.householdEnc) return undefined;
  const text = await openField(
    keyService(),
    { purpose: dataKeyPurposes.caseAnswers, recordKey: householdRecordKey(record.caseId) },
    record.householdEnc,
  );
  const household = JSON.parse(text) as Household;
  return masked
    ? { ...household, members: household.members.map((m) => ({ ...m, name: maskName(m.name) })) }
    : household;
}
