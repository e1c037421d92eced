import { publishedWorkingCalendar } from '../calendar/published.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { dueDate, warningLevel } from '../deadlines/clock.js';
import { workingDaysBetween } from '../deadlines/working-days.js';
import { AppError } from '../platform/errors.js';
import { chinaDate, nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import {
  inboxStates,
  soonWorkingDays,
  steps,
  type ClaimFilter,
  type DueFilter,
  type InboxItemView,
  type InboxPage,
  type StatusFilter,
  type WorkItem,
  type WorkItemQuery,
} from './model.js';
import { inboxOf } from './service.js';

/**
 * The staff inbox as a page: every open item of the caller's inboxes, with its remaining working days and
 * the colour of its clock (counted with the published calendar), filtered, counted and paged. Paging is by
 * the urgency order's key, so an item decided meanwhile moves no other item to another page.
 */

export const defaultPageSize = 20;

/** Sorts like the inbox index: the earliest due date (none last), escalations first, the oldest, the id. */
const orderKey = (item: WorkItem) =>
  `${item.dueDate ?? '9999-12-31'}#${item.escalated ? 0 : 1}#${item.createdAt}#${item.workItemId}`;

const badCursor = () =>
  new AppError(400, 'INVALID_INPUT', 'cursor: not one this inbox returned', {
    fields: [{ field: 'cursor', message: 'pass back the nextCursor of the previous page' }],
  });

function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string') {
      return (parsed as { k: string }).k;
    }
  } catch {
    // falls through to the error below
  }
  throw badCursor();
}

const encodeCursor = (key: string) => Buffer.from(JSON.stringify({ k: key })).toString('base64url');

/** The deadline facts of an item at `now`: none for a handover (the clock stopped at the decision). */
function deadlineOf(calendar: WorkingCalendar, item: WorkItem, now: string) {
  if (item.step === 'handover') return {};
  const due = item.clock ? dueDate(calendar, item.clock, now).date : item.dueDate;
  if (!due) return {};
  const remaining = workingDaysBetween(calendar, chinaDate(), due).days;
  const level = item.clock
    ? warningLevel(calendar, item.clock, now)
    : remaining < 0
      ? 'red'
      : remaining <= soonWorkingDays
        ? 'yellow'
        : 'green';
  return { dueDate: due, remainingWorkingDays: remaining, level } as const;
}

function dueStateOf(deadline: ReturnType<typeof deadlineOf>): DueFilter {
  if (deadline.remainingWorkingDays === undefined) return 'ok';
  if (deadline.level === 'red' || deadline.remainingWorkingDays < 0) return 'overdue';
  if (deadline.level === 'yellow' || deadline.remainingWorkingDays <= soonWorkingDays) return 'soon';
  return 'ok';
}

function claimStateOf(item: WorkItem, username: string): ClaimFilter {
  if (!item.claimedBy) return 'unclaimed';
  return item.claimedBy === username ? 'mine' : 'others';
}

/** Why the item is in the inbox: an escalation first, then a head's return, then a correction answered. */
function stateOf(item: WorkItem): StatusFilter {
  if (item.escalated) return 'escalated';
  if (item.returned) return 'returned';
  return item.afterCorrection ? 'resubmitted' : 'new';
}

/** An inbox row: the item without its token, with its inbox status, deadline, due and claim states. */
function rowOf(calendar: WorkingCalendar, item: WorkItem, username: string, now: string): InboxItemView {
  const {
    taskToken: _token,
    taskState: _state,
    pendingDecision: _pending,
    clock: _clock,
    dueDate: _due,
    afterCorrection: _c,
    ...rest
  } = item;
  const deadline = deadlineOf(calendar, item, now);
  return { ...rest, ...deadline, state: stateOf(item), due: dueStateOf(deadline), claim: claimStateOf(item, username) };
}

function countsOf(rows: readonly InboxItemView[]): InboxPage['counts'] {
  const counts: InboxPage['counts'] = {
    all: rows.length,
    kind: {
      case: rows.filter((r) => r.kind === undefined || r.kind === 'case').length,
      letter: rows.filter((r) => r.kind === 'letter').length,
      officialDocument: rows.filter((r) => r.kind === 'official-document').length,
      'grid-event': rows.filter((r) => r.kind === 'grid-event').length,
      'data-request': rows.filter((r) => r.kind === 'data-request').length,
    },
    step: Object.fromEntries(steps.map((s) => [s, 0])) as InboxPage['counts']['step'],
    status: Object.fromEntries(inboxStates.map((s) => [s, 0])) as InboxPage['counts']['status'],
    claim: { mine: 0, unclaimed: 0, others: 0 },
    due: { overdue: 0, soon: 0, ok: 0 },
  };
  for (const row of rows) {
    counts.step[row.step] += 1;
    counts.status[row.state] += 1;
    counts.claim[row.claim] += 1;
    counts.due[row.due] += 1;
  }
  return counts;
}

const matches = (query: WorkItemQuery) => (row: InboxItemView) =>
  (query.step === undefined || row.step === query.step) &&
  (query.item === undefined || row.itemCode === query.item) &&
  (query.status === undefined || row.state === query.status) &&
  (query.claim === undefined || row.claim === query.claim) &&
  (query.due === undefined || row.due === query.due) &&
  (query.q === undefined || row.caseNumber.toLowerCase().includes(query.q.toLowerCase()));

/**
 * A page of the caller's inbox (see above); `caseId` narrows it to that case's open items first. Errors:
 * 400 INVALID_INPUT for a cursor this inbox did not return.
 */
export async function inboxPage(principal: Principal, query: WorkItemQuery = {}): Promise<InboxPage> {
  const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const [items, calendar] = await Promise.all([
    inboxOf(principal, query.caseId === undefined ? {} : { caseId: query.caseId }),
    publishedWorkingCalendar(),
  ]);
  const now = nowIso();
  const keyed = items
    .map((item) => ({ key: orderKey(item), row: rowOf(calendar, item, principal.username, now) }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const matching = keyed.filter(({ row }) => matches(query)(row));
  const limit = query.limit ?? defaultPageSize;
  const rest = after === undefined ? matching : matching.filter(({ key }) => key > after);
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ row }) => row),
    total: matching.length,
    counts: countsOf(keyed.map(({ row }) => row)),
    ...(rest.length > limit && last ? { nextCursor: encodeCursor(last.key) } : {}),
  };
}
