import { describe, expect, it } from 'vitest';
import { securityTxt, securityTxtValidityDays } from '../../../web/lib/security-txt.js';

const field = (text: string, name: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${name}: `))
    .map((l) => l.slice(name.length + 2));

describe('security.txt (RFC 9116)', () => {
  const now = Date.parse('2031-02-03T04:05:06Z');
  const text = securityTxt('https://yuexiu.example.gov.cn/', now);

  it('has exactly one Contact and one Expires, and a canonical URL on the portal', () => {
    expect(field(text, 'Contact')).toEqual(['mailto:security@yuexiu.example.gov.cn']);
    expect(field(text, 'Expires')).toHaveLength(1);
    expect(field(text, 'Canonical')).toEqual(['https://yuexiu.example.gov.cn/.well-known/security.txt']);
    expect(field(text, 'Preferred-Languages')).toEqual(['zh, en']);
  });

  it('computes Expires from the clock it is given: ahead of it and less than a year away', () => {
    for (const at of [now, Date.parse('2026-12-05T00:00:00Z'), Date.parse('2099-06-30T23:59:59Z')]) {
      const expires = Date.parse(field(securityTxt('https://x.example', at), 'Expires')[0]!);
      expect(expires).toBeGreaterThan(at);
      expect(expires - at).toBeLessThan(365 * 86_400_000);
      expect(expires - at).toBeGreaterThan((securityTxtValidityDays - 1) * 86_400_000);
    }
    expect(field(text, 'Expires')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });
});
