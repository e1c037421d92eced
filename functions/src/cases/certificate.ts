import { certificateTypeIssuedBy } from '../certificates/types.js';
import { issueForCase } from '../certificates/service.js';
import { openField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskResidentId } from '../platform/personal-data/masking.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import type { CaseRecord } from './model.js';

/**
 * The e-certificate (电子证照) of an approved case, if its item yields one: the holder and fields come
 * from the case's answers (decrypted here, never stored on the case); the certificates context signs and
 * keeps it. Returns the certificate id, or undefined for items that yield none.
 */
export async function issueCertificateOf(record: CaseRecord, requestId: string): Promise<string | undefined> {
  if (!certificateTypeIssuedBy(record.itemCode) || !record.owner) return undefined;
  const answers = JSON.parse(
    await openField(
      keyService(),
      { purpose: dataKeyPurposes.caseAnswers, recordKey: `CASE#${record.caseId}` },
      record.answersEnc,
    ),
  ) as Record<string, unknown>;
  const name = [answers.applicantName, answers.organisationName, answers.contactName].find(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
  const idNumber = typeof answers.idNumber === 'string' ? answers.idNumber : undefined;
  const issued = await issueForCase(
    {
      caseId: record.caseId,
      caseNumber: record.caseNumber,
      itemCode: record.itemCode,
      department: record.department,
      owner: record.owner,
      holder: {
        name: name ?? record.applicantMasked,
        ...(idNumber ? { idNumberMasked: maskResidentId(idNumber) } : {}),
      },
      answers,
    },
    requestId,
  );
  return issued?.certificateId;
}
