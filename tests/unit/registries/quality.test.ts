import { describe, expect, it } from 'vitest';
import { QualityTally } from '../../../functions/src/registries/quality-tally.js';
import { nameVariants } from '../../../functions/src/registries/records.js';
import { importEta } from '../../../functions/src/registries/service.js';
import type { QualityHead } from '../../../functions/src/registries/store.js';

/**
 * The registries' quality figures counted head by head: completeness, near-duplicates, staleness against the
 * given "now", references that point nowhere, validity from the last import, and the records each figure lists.
 */
const now = Date.parse('2026-12-07T00:00:00.000Z');
const everyPersonField = [
  'idNumber',
  'name',
  'ethnicity',
  'registration',
  'street',
  'community',
  'buildingCode',
  'address',
  'phone',
];
const without = (...fields: string[]) => everyPersonField.filter((f) => !fields.includes(f));

const person = (id: string, at: string, filled: string[], extra: Partial<QualityHead> = {}): QualityHead => ({
  pk: `PERSON#${id}`,
  at,
  filled,
  refs: [],
  masked: { idNumber: `440104********000${id}`, name: `${id}**` },
  data: {},
  ...extra,
});

describe('near-duplicate name variants', () => {
  it('opens one character of a name of three or more, and compares two-character names exactly', () => {
    expect(nameVariants('张小明')).toEqual(['张小明', '\u0001小明', '张\u0001明', '张小\u0001']);
    expect(nameVariants('王伟')).toEqual(['王伟']);
  });

  it('folds full-width letters and drops spaces and middle dots before comparing', () => {
    expect(nameVariants('Ａｌｉ　Ｂｅｎ')[0]).toBe('AliBen');
    expect(nameVariants('阿卜杜·热合曼')[0]).toBe('阿卜杜热合曼');
  });
});

describe('a registry quality tally', () => {
  it('counts completeness, near-duplicates, stale records, dangling references and refused rows exactly', () => {
    const tally = new QualityTally('persons', { now, staleAfterDays: 365, listCap: 2 });
    const building = (code: string) => ({ refs: [`BUILDING#${code}`], data: { buildingCode: code } });
    // A, B and C share a near-duplicate key at building 000001 (A–B by k2, C by k2 too); C's building is unknown.
    tally.add(
      person('A', '2026-06-01T00:00:00.000Z', without('phone'), {
        dupKeys: ['k1', 'k2'],
        ...building('440104-000001'),
      }),
    );
    tally.add(
      person('B', '2025-12-01T00:00:00.000Z', without('phone', 'ethnicity'), {
        dupKeys: ['k3', 'k2'],
        ...building('440104-000001'),
      }),
    );
    tally.add(
      person('C', '2025-12-08T00:00:00.000Z', everyPersonField, { dupKeys: ['k2'], ...building('440104-000009') }),
    );
    tally.add(person('D', '2020-01-01T00:00:00.000Z', without('phone', 'buildingCode')));
    expect(tally.references().sort()).toEqual(['BUILDING#440104-000001', 'BUILDING#440104-000009']);

    const { quality, issues } = tally.finish(new Set(['BUILDING#440104-000001']), { idNumber: 2, phone: 1 });

    expect(quality).toMatchObject({
      registry: 'persons',
      records: 4,
      duplicates: 3,
      stale: 2,
      staleAfterDays: 365,
      danglingReferences: 1,
      invalid: 3,
    });
    const field = (name: string) => quality.fields.find((f) => f.field === name);
    expect(field('phone')).toEqual({ field: 'phone', filled: 1, completeness: 0.25, invalid: 1 });
    expect(field('ethnicity')).toEqual({ field: 'ethnicity', filled: 3, completeness: 0.75, invalid: 0 });
    expect(field('buildingCode')).toEqual({ field: 'buildingCode', filled: 3, completeness: 0.75, invalid: 0 });
    expect(field('idNumber')).toEqual({ field: 'idNumber', filled: 4, completeness: 1, invalid: 2 });
    expect(quality.issues).toEqual(
      expect.arrayContaining([
        { problem: 'missing', field: 'phone', count: 3, listed: 2 },
        { problem: 'missing', field: 'ethnicity', count: 1, listed: 1 },
        { problem: 'missing', field: 'buildingCode', count: 1, listed: 1 },
        { problem: 'stale', field: '*', count: 2, listed: 2 },
        { problem: 'nearDuplicate', field: 'name', count: 3, listed: 2 },
        { problem: 'dangling', field: 'buildingCode', count: 1, listed: 1 },
      ]),
    );
    expect(quality.issues).toHaveLength(6);

    const listed = (problem: string, name: string) =>
      issues.find((i) => i.problem === problem && i.field === name)?.items;
    // Persons are listed masked only, never by their blind-index key alone.
    expect(listed('stale', '*')).toEqual([
      { record: 'PERSON#B', label: '440104********000B B**', detail: '2025-12-01' },
      { record: 'PERSON#D', label: '440104********000D D**', detail: '2020-01-01' },
    ]);
    expect(listed('nearDuplicate', 'name')).toEqual([
      { record: 'PERSON#A', label: '440104********000A A**', detail: '440104-000001' },
      { record: 'PERSON#B', label: '440104********000B B**', detail: '440104-000001' },
    ]);
    expect(listed('dangling', 'buildingCode')).toEqual([
      { record: 'PERSON#C', label: '440104********000C C**', detail: '440104-000009' },
    ]);
  });

  it('is not stale one day before the limit, and is the day after (platform clock, not the machine)', () => {
    const tally = new QualityTally('buildings', { now, staleAfterDays: 1095, listCap: 10 });
    tally.add({ pk: 'BUILDING#1', at: '2023-12-09T00:00:00.000Z', filled: [], refs: [], data: { code: '1' } });
    tally.add({ pk: 'BUILDING#2', at: '2023-12-07T00:00:00.000Z', filled: [], refs: [], data: { code: '2' } });
    expect(tally.finish(new Set(), {}).quality.stale).toBe(1);
  });

  it('finds entities with the same name at one address, whatever the spacing, and a representative nobody registered', () => {
    const tally = new QualityTally('entities', { now, staleAfterDays: 365, listCap: 10 });
    const entity = (code: string, name: string, address: string, rep: string): QualityHead => ({
      pk: `ENTITY#${code}`,
      at: '2026-12-01T00:00:00.000Z',
      filled: [],
      refs: [`PERSON#${rep}`],
      data: { creditCode: code, name, address },
    });
    tally.add(entity('X1', '越秀甲贸易有限公司', '中山五路 1 号', 'r1'));
    tally.add(entity('X2', '越秀甲贸易 有限公司', '中山五路1号', 'r2'));
    tally.add(entity('X3', '越秀甲贸易有限公司', '北京路 9 号', 'r1'));
    const { quality, issues } = tally.finish(new Set(['PERSON#r1']), {});
    expect(quality.duplicates).toBe(2);
    expect(quality.danglingReferences).toBe(1);
    const dangling = issues.find((i) => i.problem === 'dangling')!;
    // A person pointed at is never named, not even by key.
    expect(dangling).toEqual({
      problem: 'dangling',
      field: 'legalRepIdNumber',
      items: [{ record: 'ENTITY#X2', label: 'X2 越秀甲贸易 有限公司' }],
    });
  });
});

describe('an import’s time left', () => {
  it('is the rows left at the current rate while running, and nothing once done or before a rate is known', () => {
    expect(importEta({ status: 'running', total: 1000, processed: 400, rowsPerSecond: 120 })).toBe(5);
    expect(importEta({ status: 'running', total: 1000, processed: 0, rowsPerSecond: 0 })).toBeUndefined();
    expect(importEta({ status: 'succeeded', total: 1000, processed: 1000, rowsPerSecond: 900 })).toBeUndefined();
  });
});
