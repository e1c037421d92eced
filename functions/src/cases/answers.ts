import type { FormAnswers } from '../forms/model.js';
import { openField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import { applicantNameOf } from './answer-masking.js';
import type { CaseRecord } from './model.js';

/** The form answers of a case, decrypted (a read of personal data; its callers' routes are audited as such). */
export async function answersOf(record: Pick<CaseRecord, 'caseId' | 'answersEnc'>): Promise<FormAnswers> {
  const text = await openField(
    keyService(),
    { purpose: dataKeyPurposes.caseAnswers, recordKey: `CASE#${record.caseId}` },
    record.answersEnc,
  );
  return JSON.parse(text) as FormAnswers;
}

/** The applicant's full name, for the papers addressed to them (the masked name when the form gives none). */
export async function applicantFullName(record: CaseRecord): Promise<string> {
  return applicantNameOf(await answersOf(record)) || record.applicantMasked;
}
