import { toCsv } from '../audit/csv.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { caseFacts } from './figures.js';
import type { SupervisedCase } from './model.js';

/**
 * The case list of supervision as RFC 4180 CSV (audit/csv.ts): one row per case, the handling only — no
 * applicant, answers or materials. Times are ISO instants (UTC), due dates China's calendar dates.
 */
export const supervisionCsvHeader = [
  'caseNumber',
  'itemCode',
  'itemNameZh',
  'itemNameEn',
  'department',
  'channel',
  'status',
  'createdAt',
  'acceptedAt',
  'dueDate',
  'decidedAt',
  'onTime',
  'rating',
  ...opinionColumns('accept'),
  ...opinionColumns('review'),
  ...opinionColumns('decide'),
] as const;

/** Per human step: who decided (username and role), when, what, and the opinion given (受理/审核/决定意见). */
function opinionColumns<S extends string>(step: S) {
  return [`${step}By`, `${step}Role`, `${step}At`, `${step}Outcome`, `${step}Opinion`] as const;
}

function opinionCells(c: SupervisedCase, step: string): string[] {
  const last = [...(c.decisions ?? [])].reverse().find((d) => d.step === step);
  return last ? [last.decidedBy, last.role, last.decidedAt, last.outcome, last.comment] : ['', '', '', '', ''];
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

/** One CSV row of a case at `now` (the due date of an open case is today's). */
export function supervisionCsvRow(calendar: WorkingCalendar, c: SupervisedCase, now: string): string[] {
  const facts = caseFacts(calendar, c, now);
  return [
    c.caseNumber,
    c.itemCode,
    c.itemName.zh,
    c.itemName.en,
    c.department,
    c.channel,
    c.status,
    c.createdAt,
    facts.acceptedAt ?? '',
    facts.dueDate ?? '',
    facts.decidedAt ?? '',
    yesNo(facts.onTime),
    c.rating ? String(c.rating.score) : '',
    ...opinionCells(c, 'accept'),
    ...opinionCells(c, 'review'),
    ...opinionCells(c, 'decide'),
  ];
}

/** The CSV of `cases` in the order given. */
export function supervisionCsv(calendar: WorkingCalendar, cases: readonly SupervisedCase[], now: string): string {
  return toCsv(
    supervisionCsvHeader,
    cases.map((c) => supervisionCsvRow(calendar, c, now)),
  );
}
