/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character set
 * (digits and capitals without I, O, Z, S, V). Position 1 is the registering authority, 2 the entity type,
 * 3–8 the region, 9–17 the organisation code (GB 11714, with its own check character), 18 the check
 * character over the first 17 (weights 3^i mod 31). Free of zod so the portal can run it too.
 */
export const creditCodeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'format' | 'checkDigit';

export const creditCodeMessages: Record<CreditCodeProblem, string> = {
  format: 'must be 18 characters of 0-9 and A-Y without I, O, Z, S, V',
  checkDigit: 'check character (last) does not match the other 17 characters',
};

/** The GB 32100 check character of the first 17 characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('expected 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = creditCodeCharacters.indexOf(first17[i] as string);
    if (value < 0) throw new RangeError('character outside the code set');
    sum += value * (weights[i] as number);
  }
  return creditCodeCharacters[(31 - (sum % 31)) % 31] as string;
}

/** The first problem of a (normalised, upper-case) credit code, or undefined when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | undefined {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'format';
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return 'checkDigit';
  return undefined;
}

/** The GB 11714 check character of an 8-character organisation code body (digits and capitals). */
export function organisationCodeCheckCharacter(body8: string): string {
  const orgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body8[i] as string;
    const value = /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += value * (orgWeights[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
