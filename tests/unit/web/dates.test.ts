import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createFormatter } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, machineDate } from '../../../web/lib/dates.js';

/** Issue 13 (9): one way to write dates on staff and citizen pages, in the reader's language. */

const zh = createFormatter({ locale: 'zh-CN', timeZone: 'UTC' });
const en = createFormatter({ locale: 'en', timeZone: 'UTC' });

describe('dates on the portal', () => {
  it('writes a calendar day as the language writes days, never as 2026-12-18', () => {
    expect(formatDay(zh, '2026-12-18')).toBe('2026年12月18日');
    expect(formatDay(en, '2026-12-18')).toBe('December 18, 2026');
  });

  it('takes the day of an instant in the district (China time), whatever zone the formatter was given', () => {
    // 17:30 UTC on the 17th is 01:30 on the 18th in Guangzhou.
    expect(formatDay(zh, '2026-12-17T17:30:00Z')).toBe('2026年12月18日');
    expect(formatInstant(zh, '2026-12-17T17:30:00Z')).toBe('2026年12月18日 01:30');
    expect(formatInstant(en, '2026-12-17T17:30:00Z')).toMatch(/^Dec 18, 2026, 1:30\sAM$/);
  });

  it('writes the same day the same way in a due date and in an instant on that day', () => {
    expect(formatInstant(zh, '2026-12-18T02:00:00Z').startsWith(formatDay(zh, '2026-12-18'))).toBe(true);
  });

  it('gives the audit trail the second, on a 24-hour clock', () => {
    expect(formatInstant(zh, '2026-12-17T17:30:05Z', 'precise')).toBe('2026/12/18 01:30:05');
  });

  it('shows what it was given when it is not a date, and keeps machine values exact', () => {
    expect(formatDay(zh, 'soon')).toBe('soon');
    expect(formatInstant(en, '')).toBe('');
    expect(machineDate('2026-12-18')).toBe('2026-12-18');
    expect(machineDate('2026-12-18T09:30:00+08:00')).toBe('2026-12-18T01:30:00.000Z');
  });

  it('is the only place the portal formats dates (no page formats them its own way)', () => {
    const root = join(__dirname, '../../../web');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name === 'node_modules' || name.startsWith('.')) continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    for (const dir of ['app', 'components', 'lib']) walk(join(root, dir));
    const adHoc = files
      .filter((file) => !file.endsWith(join('lib', 'dates.ts')))
      .filter((file) =>
        // …nor prints a <time>'s machine value (2026-12-18) as its text.
        /format\.dateTime\(|dateStyle|toLocaleDateString|toLocaleTimeString|<time dateTime=\{([\w.]+)\}>\{\1\}/.test(
          readFileSync(file, 'utf8'),
        ),
      )
      .map((file) => relative(root, file));
    expect(adHoc).toEqual([]);
  });
});
