import { shanghaiDate } from '../deadlines/civil-date.js';
import {
  defaultTrendMonths,
  maxTrendMonths,
  planTargets,
  type TargetFigures,
  type TrendMonth,
} from './targets-model.js';

/**
 * The pure arithmetic of the plan's targets (G2): shares of items and cases, rankings, monthly trends.
 * No I/O: the service passes the catalog's coverage and the cases in.
 */

/** What the figures read of an item. */
export interface CoveredItem {
  department: string;
  queryable: boolean;
  processable: boolean;
}

/** What the figures read of a case. */
export interface FiledCase {
  department: string;
  channel: 'online' | 'counter';
  createdAt: string;
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const reaches = (value: number | null, target: number) => (value === null ? null : value >= target);

/** The target figures of a group of items and cases. */
export function targetFiguresOf(items: readonly CoveredItem[], cases: readonly FiledCase[]): TargetFigures {
  const queryable = items.filter((i) => i.queryable).length;
  const processable = items.filter((i) => i.processable).length;
  const online = cases.filter((c) => c.channel === 'online').length;
  const queryableShare = ratio(queryable, items.length);
  const processableShare = ratio(processable, items.length);
  const onlineRate = ratio(online, cases.length);
  const queryableMet = reaches(queryableShare, planTargets.queryableShare);
  const processableMet = reaches(processableShare, planTargets.processableShare);
  const onlineRateMet = reaches(onlineRate, planTargets.onlineRate);
  return {
    items: items.length,
    queryable,
    queryableShare,
    queryableMet,
    processable,
    processableShare,
    processableMet,
    cases: cases.length,
    online,
    onlineRate,
    onlineRateMet,
    targetsMet: [queryableMet, processableMet, onlineRateMet].filter((m) => m === true).length,
  };
}

/** The keys departments are ranked by, best first; a missing share ranks below any figure. */
function rankKey(f: TargetFigures): number[] {
  return [f.targetsMet, f.processableShare ?? -1, f.onlineRate ?? -1, f.queryableShare ?? -1];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return 0;
}

/** Orders departments best first and numbers them; equal figures share a rank (1, 2, 2, 4). */
export function ranked<T extends TargetFigures & { department: string }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) => compareKeys(rankKey(a), rankKey(b)) || a.department.localeCompare(b.department),
  );
  const out: (T & { rank: number })[] = [];
  sorted.forEach((row, index) => {
    const previous = out[index - 1];
    const tie = previous && compareKeys(rankKey(previous), rankKey(row)) === 0;
    out.push({ ...row, rank: tie ? previous.rank : index + 1 });
  });
  return out;
}

const monthOf = (date: string) => date.slice(0, 7);

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

function monthsBack(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The months a trend covers: those of the period, or the last twelve up to `today` (YYYY-MM-DD). A period
 * with no start begins twelve months before its end; at most maxTrendMonths, the latest ones.
 */
export function trendMonths(period: { from?: string; to?: string }, today: string): string[] {
  const last = monthOf(period.to ?? today);
  const first = period.from ? monthOf(period.from) : monthsBack(last, defaultTrendMonths);
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months.slice(-maxTrendMonths);
}

/** The online processing rate of each month, by the China date a case was filed on. */
export function monthlyTrend(cases: readonly FiledCase[], months: readonly string[]): TrendMonth[] {
  const byMonth = new Map(months.map((m) => [m, { cases: 0, online: 0 }]));
  for (const c of cases) {
    const counts = byMonth.get(monthOf(shanghaiDate(c.createdAt)));
    if (!counts) continue;
    counts.cases += 1;
    if (c.channel === 'online') counts.online += 1;
  }
  return months.map((month) => {
    const { cases: total, online } = byMonth.get(month)!;
    return { month, cases: total, online, onlineRate: ratio(online, total) };
  });
}
