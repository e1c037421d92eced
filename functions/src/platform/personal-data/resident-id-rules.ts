import { chinaDate, nowMs } from '../clock.js';
/**
 * PRC 18-digit resident ID numbers (GB 11643-1999) and mainland mobile numbers: the checks, free of zod so
 * the portal's forms run them in the browser (resident-id.ts wraps them in zod schemas for the API).
 * Messages name the part that is wrong and never echo the value.
 */

/** Province-level codes (first two digits): the mainland provinces, Taiwan (71), and 81/82/83 for residence permits. */
const provinceCodes: ReadonlySet<string> = new Set([
  ...['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37'],
  ...['41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'],
  ...['71', '81', '82', '83'],
]);

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] as number);
  return checkCharacters[sum % 11] as string;
}

/** Today's date (YYYYMMDD) in China Standard Time, where resident IDs are issued. */
export function chinaToday(now = nowMs()): string {
  return chinaDate(now).replaceAll('-', '');
}

export type ResidentIdProblem = 'format' | 'region' | 'birthDate' | 'futureBirthDate' | 'checkDigit';

export const residentIdMessages: Record<ResidentIdProblem, string> = {
  format: 'must be 18 characters: 17 digits followed by a digit or X',
  region: 'region code (first 6 digits) is not a PRC region',
  birthDate: 'birth date (digits 7 to 14, YYYYMMDD) is not a valid date from 1900 on',
  futureBirthDate: 'birth date (digits 7 to 14) is in the future',
  checkDigit: 'check digit (last character) does not match the other 17 digits',
};

function isCalendarDate(yyyymmdd: string): boolean {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** The first problem of a (normalised, upper-case) resident ID number, or undefined when it is valid. */
export function residentIdProblem(id: string, today = chinaToday()): ResidentIdProblem | undefined {
  if (!/^\d{17}[\dX]$/.test(id)) return 'format';
  if (!provinceCodes.has(id.slice(0, 2))) return 'region';
  const birth = id.slice(6, 14);
  if (!isCalendarDate(birth)) return 'birthDate';
  if (birth > today) return 'futureBirthDate';
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return 'checkDigit';
  return undefined;
}

/** Trims and upper-cases a trailing `x`, the form stored and indexed. */
export function normaliseResidentId(text: string): string {
  return text.trim().toUpperCase();
}

/** Removes spaces and hyphens and a +86 / 0086 country prefix. */
export function normaliseMobile(text: string): string {
  const compact = text.replace(/[\s-]/g, '');
  const national = /^(?:\+86|0086)(\d{11})$/.exec(compact);
  return national ? (national[1] as string) : compact;
}

/** True for a mainland mobile number of 11 digits starting 13–19. */
export function isMainlandMobile(text: string): boolean {
  return /^1[3-9]\d{9}$/.test(text);
}
