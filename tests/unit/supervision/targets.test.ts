import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../functions/src/cases/model.js';
import type { ItemCoverage } from '../../../functions/src/catalog/service.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { supervisionTargets, type CaseSource } from '../../../functions/src/supervision/service.js';
import { monthlyTrend, ranked, targetFiguresOf, trendMonths } from '../../../functions/src/supervision/targets.js';
import { supervisionTargets as targetsSchema } from '../../../functions/src/supervision/targets-model.js';
import { at, fullRecord, supervised } from './cases.js';

const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
const head: Principal = { sub: 'h', username: 'head1', roles: ['head'], department: 'civil-affairs' };
const now = at('2026-11-18', '10:00');

const item = (department: string, queryable: boolean, processable: boolean, n: number): ItemCoverage => ({
  code: `440104-XX-${String(n).padStart(4, '0')}`,
  department,
  queryable,
  processable,
});

/** 20 civil-affairs items: all published, 19 online (95 %); 4 market items: 3 published, 2 of them online. */
const coverage: ItemCoverage[] = [
  ...Array.from({ length: 20 }, (_, n) => item('civil-affairs', true, n < 19, n)),
  item('market-supervision', true, true, 100),
  item('market-supervision', true, true, 101),
  item('market-supervision', true, false, 102),
  item('market-supervision', false, false, 103),
];

function source(records: CaseRecord[]): CaseSource {
  return {
    async listByDepartment(department, options) {
      return records.filter((r) => r.department === department && (!options.since || r.createdAt >= options.since));
    },
  };
}

const market = { department: 'market-supervision', itemCode: '440104-SJ-0001' } as const;
const cases = [
  supervised({ createdAt: at('2026-09-30', '23:30') }),
  supervised({ createdAt: at('2026-10-01', '00:10') }),
  supervised({ createdAt: at('2026-10-15'), channel: 'counter' }),
  supervised({ ...market, createdAt: at('2026-10-20') }),
  supervised({ ...market, createdAt: at('2026-11-03'), channel: 'counter' }),
].map(fullRecord);

describe('target figures', () => {
  it('computes the shares and whether each target is met', () => {
    expect(
      targetFiguresOf(
        coverage.filter((i) => i.department === 'civil-affairs'),
        [
          { department: 'civil-affairs', channel: 'online', createdAt: now },
          { department: 'civil-affairs', channel: 'counter', createdAt: now },
        ],
      ),
    ).toEqual({
      items: 20,
      queryable: 20,
      queryableShare: 1,
      queryableMet: true,
      processable: 19,
      processableShare: 0.95,
      processableMet: true,
      cases: 2,
      online: 1,
      onlineRate: 0.5,
      onlineRateMet: false,
      targetsMet: 2,
    });
  });

  it('answers null, not zero, when there is nothing to count', () => {
    const empty = targetFiguresOf([], []);
    expect([empty.queryableShare, empty.processableMet, empty.onlineRate, empty.targetsMet]).toEqual([
      null,
      null,
      null,
      0,
    ]);
  });

  it('ranks by targets met, then shares, and lets equal departments share a rank', () => {
    const base = targetFiguresOf([], []);
    const rows = [
      { ...base, department: 'c', targetsMet: 1, processableShare: 0.5 },
      { ...base, department: 'a', targetsMet: 1, processableShare: 0.5 },
      { ...base, department: 'b', targetsMet: 2, processableShare: 0.1 },
      { ...base, department: 'd', targetsMet: 1, processableShare: null },
    ];
    expect(ranked(rows).map((r) => [r.department, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['d', 4],
    ]);
  });
});

describe('trend', () => {
  it('covers the last twelve months without a period, and the period’s months with one', () => {
    expect(trendMonths({}, '2026-11-18')).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    ]);
    expect(trendMonths({ from: '2026-09-10', to: '2026-11-01' }, '2026-11-18')).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
  });

  it('counts a case in the China month it was filed in', () => {
    const trend = monthlyTrend(
      cases.map((c) => ({ department: c.department, channel: c.channel, createdAt: c.createdAt })),
      ['2026-09', '2026-10', '2026-11'],
    );
    expect(trend).toEqual([
      { month: '2026-09', cases: 1, online: 1, onlineRate: 1 },
      { month: '2026-10', cases: 3, online: 2, onlineRate: 2 / 3 },
      { month: '2026-11', cases: 1, online: 0, onlineRate: 0 },
    ]);
  });
});

describe('supervisionTargets', () => {
  it('ranks the district’s departments and totals them', async () => {
    const targets = await supervisionTargets(
      supervisor,
      'district',
      { from: '2026-09-01', to: '2026-11-30' },
      { now, source: source(cases), coverage: async () => coverage },
    );
    expect(targetsSchema.parse(targets)).toEqual(targets);
    expect(targets.targets).toEqual({ queryableShare: 1, processableShare: 0.95, onlineRate: 0.95 });
    const [first, second] = targets.departments;
    expect(first).toMatchObject({ department: 'civil-affairs', rank: 1, processableShare: 0.95, cases: 3, online: 2 });
    expect(second).toMatchObject({
      department: 'market-supervision',
      rank: 2,
      items: 4,
      queryable: 3,
      queryableShare: 0.75,
      queryableMet: false,
      processable: 2,
      processableShare: 0.5,
      onlineRate: 0.5,
    });
    expect(targets.departments.slice(2).every((d) => d.items === 0 && d.rank === 3)).toBe(true);
    expect(targets.total).toMatchObject({ items: 24, queryable: 23, processable: 21, cases: 5, online: 3 });
    expect(targets.trend.map((m) => [m.month, m.cases, m.online])).toEqual([
      ['2026-09', 1, 1],
      ['2026-10', 3, 2],
      ['2026-11', 1, 0],
    ]);
  });

  it('shows a head their own department only', async () => {
    const targets = await supervisionTargets(
      head,
      'department',
      {},
      {
        now,
        source: source(cases),
        coverage: async () => coverage,
      },
    );
    expect(targets.departments.map((d) => d.department)).toEqual(['civil-affairs']);
    expect(targets.total.items).toBe(20);
    await expect(
      supervisionTargets(head, 'department', { department: 'market-supervision' }, { now, coverage: async () => [] }),
    ).rejects.toThrow(/civil-affairs only/);
  });
});
