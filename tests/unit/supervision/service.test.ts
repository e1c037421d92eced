import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../functions/src/cases/model.js';
import { departmentCodes } from '../../../functions/src/catalog/taxonomy.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { supervisionCsvHeader } from '../../../functions/src/supervision/export.js';
import { supervisionQuery } from '../../../functions/src/supervision/model.js';
import {
  departmentsInScope,
  supervisionExport,
  supervisionSummary,
  type CaseSource,
} from '../../../functions/src/supervision/service.js';
import { at, decided, fullRecord, supervised } from './cases.js';
import { calendarWith, seedCalendar as published } from '../../support/calendars.js';

const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
const head: Principal = { sub: 'h', username: 'head1', roles: ['head'], department: 'civil-affairs' };
const now = at('2026-11-18', '10:00');
const calendar = async () => published;

/** A case index in memory that remembers what it was asked. */
function fakeSource(records: CaseRecord[]): CaseSource & { calls: { department: string; since?: string }[] } {
  const calls: { department: string; since?: string }[] = [];
  return {
    calls,
    async listByDepartment(department, options) {
      calls.push({ department, ...options });
      return records
        .filter((r) => r.department === department && (!options.since || r.createdAt >= options.since))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  };
}

const statusOf = (error: unknown) => (error instanceof AppError ? error.status : undefined);

describe('scope', () => {
  it('gives a supervisor every department, or the one asked for', () => {
    expect(departmentsInScope(supervisor, 'district')).toEqual([...departmentCodes]);
    expect(departmentsInScope(supervisor, 'district', 'market-supervision')).toEqual(['market-supervision']);
  });

  it('gives a head their own department only', () => {
    expect(departmentsInScope(head, 'department')).toEqual(['civil-affairs']);
    expect(departmentsInScope(head, 'department', 'civil-affairs')).toEqual(['civil-affairs']);
    expect(() => departmentsInScope(head, 'department', 'market-supervision')).toThrow(/civil-affairs only/);
    let refused: unknown;
    try {
      departmentsInScope({ ...head, department: undefined }, 'department');
    } catch (error) {
      refused = error;
    }
    expect(statusOf(refused)).toBe(403);
  });
});

describe('query', () => {
  const problems = (query: Record<string, string>) =>
    supervisionQuery.safeParse(query).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('names each bad parameter', () => {
    expect(problems({ form: '2026-11-01' })).toEqual([['form', 'not a parameter of this route']]);
    expect(problems({ from: '2026-02-30' })).toEqual([['from', 'from is not a calendar date']]);
    expect(problems({ to: 'yesterday' })).toEqual([['to', 'to is a date such as 2026-05-01']]);
    expect(problems({ from: '2026-11-02', to: '2026-11-01' })).toEqual([['to', 'to is before from']]);
    expect(problems({ department: 'mayor' })).toEqual([['department', 'a department code such as civil-affairs']]);
  });

  it('accepts an empty query and a full one', () => {
    expect(supervisionQuery.parse({})).toEqual({});
    expect(supervisionQuery.parse({ department: 'tax', from: '2026-11-01', to: '2026-11-01' })).toEqual({
      department: 'tax',
      from: '2026-11-01',
      to: '2026-11-01',
    });
  });
});

describe('summary', () => {
  it('groups the district’s cases by department and totals them', async () => {
    const source = fakeSource(
      [
        decided(at('2026-11-16')),
        supervised({ status: 'deciding' }),
        supervised({ department: 'market-supervision', itemCode: '440104-SJ-0001', channel: 'counter' }),
      ].map(fullRecord),
    );
    const summary = await supervisionSummary(supervisor, 'district', {}, { now, source, calendar });
    expect(summary.scope).toEqual({ kind: 'district', departments: [...departmentCodes] });
    expect(summary.asOf).toBe('2026-11-18');
    expect(summary.onlineTarget).toBe(0.95);
    expect(summary.total).toMatchObject({ cases: 3, decided: 1, onTime: 1, overdue: 2 });
    expect(summary.total.channels).toMatchObject({ online: 2, counter: 1 });
    const civil = summary.departments.find((d) => d.department === 'civil-affairs');
    expect(civil).toMatchObject({ name: { zh: '越秀区民政局' }, cases: 2, overdue: 1 });
    expect(summary.departments.find((d) => d.department === 'tax')).toMatchObject({ cases: 0, onTimeRate: null });
    expect(summary.departments).toHaveLength(departmentCodes.length);
    expect(summary.overdue.map((c) => c.department).sort()).toEqual(['civil-affairs', 'market-supervision']);
  });

  it('reads only from the first day of the period on and leaves out cases filed after it', async () => {
    const source = fakeSource(
      [
        supervised({ createdAt: at('2026-10-31', '23:59') }),
        supervised({ createdAt: at('2026-11-01', '00:00') }),
        supervised({ createdAt: at('2026-11-30', '23:59') }),
        supervised({ createdAt: at('2026-12-01', '00:00') }),
      ].map(fullRecord),
    );
    const summary = await supervisionSummary(
      head,
      'department',
      { from: '2026-11-01', to: '2026-11-30' },
      { now, source, calendar },
    );
    expect(source.calls).toEqual([{ department: 'civil-affairs', since: '2026-10-31T16:00:00.000Z' }]);
    expect(summary.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(summary.scope).toEqual({ kind: 'department', departments: ['civil-affairs'] });
    expect(summary.total.cases).toBe(2);
  });

  it("warns from 1 November that next year's calendar is not published, and stops once it is", async () => {
    const source = { listByDepartment: async () => [] };
    const before = await supervisionSummary(
      supervisor,
      'district',
      {},
      { now: at('2026-10-31', '23:00'), source, calendar },
    );
    expect(before.calendar.missingYears).toEqual([]);
    const after = await supervisionSummary(
      supervisor,
      'district',
      {},
      { now: at('2026-11-01', '00:30'), source, calendar },
    );
    expect(after.calendar.missingYears).toEqual([2027]);
    const with2027 = async () => calendarWith({ year: 2027, holidays: ['2027-01-01'] });
    const published2027 = await supervisionSummary(
      supervisor,
      'district',
      {},
      {
        now: at('2026-11-01', '00:30'),
        source,
        calendar: with2027,
      },
    );
    expect(published2027.calendar.missingYears).toEqual([]);
  });

  it('passes on no personal data', async () => {
    const source = fakeSource([fullRecord(supervised({ status: 'deciding' }))]);
    const text = JSON.stringify(await supervisionSummary(supervisor, 'district', {}, { now, source, calendar }));
    for (const secret of ['张*明', 'sealed-answers', 'blind-index', 'task-token', 'sub-of-citizen', 'citizen1']) {
      expect(text).not.toContain(secret);
    }
  });
});

describe('export', () => {
  it('writes one row per case, newest first, with the handling facts only', async () => {
    const older = decided(at('2026-11-17'), {
      caseNumber: 'YX-20261102-000001',
      rating: { score: 4, comment: '很好', at: at('2026-11-18') },
      decisions: [
        {
          workItemId: 'w-review',
          step: 'review',
          outcome: 'approve',
          comment: '经审核符合条件',
          decidedBy: 'officer1',
          role: 'officer',
          department: 'civil-affairs',
          decidedAt: at('2026-11-16'),
          escalated: false,
        },
      ],
    });
    const newer = supervised({ caseNumber: 'YX-20261103-000001', createdAt: at('2026-11-03'), channel: 'counter' });
    const source = fakeSource([older, newer].map(fullRecord));
    const { csv, rows, truncated } = await supervisionExport(supervisor, 'district', {}, { now, source, calendar });
    expect({ rows, truncated }).toEqual({ rows: 2, truncated: false });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(supervisionCsvHeader.join(','));
    expect(lines[1]).toBe(
      [
        'YX-20261103-000001',
        '440104-MZ-0007',
        '高龄老人津贴申领',
        'Allowance for people aged 80 and over',
        'civil-affairs',
        'counter',
        'in_review',
        at('2026-11-03'),
        at('2026-11-02'),
        '2026-11-16',
        '',
        '',
        '',
        // accept, review and decide: by, role, at, outcome, opinion — none yet
        ...Array<string>(15).fill(''),
      ].join(','),
    );
    expect(lines[2]).toContain(`,completed,${at('2026-11-02', '08:30')},${at('2026-11-02')},2026-11-16,`);
    // No acceptance or decision recorded in this fixture; the review's opinion is exported in its columns.
    expect(lines[2]).toContain(`,no,4,,,,,,officer1,officer,${at('2026-11-16')},approve,经审核符合条件,,,,,`);
    expect(lines[3]).toBe('');
    expect(csv).not.toContain('很好');
    expect(csv).not.toContain('张*明');
  });

  it('stops at the row limit and says so', async () => {
    const source = fakeSource([supervised(), supervised(), supervised()].map(fullRecord));
    const out = await supervisionExport(supervisor, 'district', {}, { now, source, calendar, maxRows: 2 });
    expect(out).toMatchObject({ rows: 2, truncated: true });
    expect(out.csv.trimEnd().split('\r\n')).toHaveLength(3);
  });
});
