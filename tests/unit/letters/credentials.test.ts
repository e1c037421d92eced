import { describe, expect, it } from 'vitest';
import {
  hashPassword,
  newPassword,
  newQueryCode,
  normaliseQueryCode,
  passwordMatches,
} from '../../../functions/src/letters/credentials.js';

describe('anonymous writer credentials', () => {
  it('makes query codes like ABCD-EFGH without look-alike characters', () => {
    const code = newQueryCode();
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(normaliseQueryCode(` ${code.toLowerCase().replace('-', ' ')}`.trim())).toBe(code.replace('-', ''));
  });

  it('stores only a salted hash of the password and checks it', async () => {
    const password = newPassword();
    const stored = await hashPassword(password);
    expect(stored).not.toContain(password);
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await hashPassword(password)).not.toBe(stored);
    expect(await passwordMatches(password, stored)).toBe(true);
    expect(await passwordMatches(` ${password.toLowerCase()} `, stored)).toBe(true);
    expect(await passwordMatches(`${password}X`, stored)).toBe(false);
    expect(await passwordMatches(password, 'md5$abc')).toBe(false);
  });
});
