import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import { randomInt } from 'node:crypto';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';

/**
 * The lookup code (查询码) printed on a case's receipt: 8 random characters (40 bits) from an alphabet
 * without look-alikes (no 0/O, 1/I), shown as `ABCD-EFGH`. With the case number it opens the short status
 * at `/status` and `POST /api/cases/lookup`, with or instead of the last six characters of the ID number
 * (issue 10 §4). Too many to guess, so wrong ID-tail guesses that lock a case number never lock it out.
 * Stored twice: a blind index to check it, and sealed so the receipt can print it again.
 */
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const lookupCodePurpose = 'case-lookup-code';
const sealPurpose = dataKeyPurposes.caseLookupCode;

/** `abcd efgh`, `ABCD-EFGH` → `ABCDEFGH`. */
export const normaliseLookupCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/** `ABCDEFGH` → `ABCD-EFGH`, as printed. */
export const formatLookupCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;

export function newLookupCode(): string {
  return Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

export async function lookupCodeIndex(caseNumber: string, code: string): Promise<string> {
  return keyService().blindIndex(lookupCodePurpose, `${caseNumber}:${normaliseLookupCode(code)}`);
}

/** The stored forms of a new code: its index and its sealed text, bound to the case. */
export async function storedLookupCode(caseId: string, caseNumber: string, code: string) {
  const [lookupCodeIndexValue, lookupCodeEnc] = await Promise.all([
    lookupCodeIndex(caseNumber, code),
    sealField(keyService(), { purpose: sealPurpose, recordKey: `CASE#${caseId}` }, code),
  ]);
  return { lookupCodeIndex: lookupCodeIndexValue, lookupCodeEnc };
}

/** The printed code of a case (for its receipt), or undefined for a case filed before codes existed. */
export async function printedLookupCode(record: { caseId: string; lookupCodeEnc?: string }) {
  if (!record.lookupCodeEnc) return undefined;
  const code = await openField(
    keyService(),
    { purpose: sealPurpose, recordKey: `CASE#${record.caseId}` },
    record.lookupCodeEnc,
  );
  return formatLookupCode(code);
}
