import { toCsv } from '../audit/csv.js';
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
] as const;

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

/** One CSV row of a case at `now` (the due date of an open case is today's). */
export function supervisionCsvRow(c: SupervisedCase, now: string): string[] {
  const facts = caseFacts(c, now);
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
  ];
}

/** The CSV of `cases` in the order given. */
export function supervisionCsv(cases: readonly SupervisedCase[], now: string): string {
  return toCsv(
    supervisionCsvHeader,
    cases.map((c) => supervisionCsvRow(c, now)),
  );
}
