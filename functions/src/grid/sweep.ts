import { departments } from '../catalog/taxonomy.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { dutyMailbox } from '../notifications/duty.js';
import { notify } from '../notifications/service.js';
import { streets } from '../registries/geography.js';
import { districtUnit, escalateDirectItemUpdate, openDirectItemOf, openDirectSubjectsIn } from '../workitems/direct.js';
import { categoryOf } from './categories.js';
import { warned, warningDue, type GridWarning } from './deadline.js';
import type { GridEventRecord } from './model.js';
import * as store from './store.js';

export interface GridSweepReport {
  scanned: number;
  yellow: number;
  red: number;
}

type Desk = Parameters<typeof dutyMailbox>;

/** Who holds the event's open step: the command center (dispatch), the department (handle), the street (verify). */
function holder(record: GridEventRecord): Desk {
  if (record.status === 'dispatched') return [record.department ?? districtUnit, 'officer'];
  if (record.status === 'handled') return [record.street, 'inspector'];
  return [districtUnit, 'dispatcher'];
}

/**
 * Who is told: yellow goes to the step's holder; red (overdue) is escalated — to the holder, the department's
 * head when a department has it, and the command center's dispatchers, who answer for the whole loop.
 */
export function warningRecipients(record: GridEventRecord, level: GridWarning): string[] {
  const desks: Desk[] = [holder(record)];
  if (level === 'red') {
    if (record.department && record.status !== 'reported' && record.status !== 'registered') {
      desks.push([record.department, 'head']);
    }
    desks.push([districtUnit, 'dispatcher']);
  }
  return [...new Set(desks.map(([unit, role]) => dutyMailbox(unit, role)))];
}

/**
 * Raises one event's warning: recorded on the event (conditional on its version, so an event moved on meanwhile
 * is left to the next sweep) with, for red, its open inbox item marked escalated in the same transaction; then
 * the duty mailboxes are told. False when the event changed meanwhile.
 */
async function warn(record: GridEventRecord, level: GridWarning, now: string): Promise<boolean> {
  const open = level === 'red' ? await openDirectItemOf(record.eventId) : undefined;
  const also = open && !open.escalated ? [escalateDirectItemUpdate(open)] : [];
  if (!(await store.saveEvent(warned(record, level, now), also))) return false;
  const category = categoryOf(record.category);
  const overdue = level === 'red';
  for (const to of warningRecipients(record, level)) {
    await notify({
      channel: 'email',
      to,
      recipient: 'office',
      subject: `${overdue ? '【红色预警】已超期' : '【黄色预警】即将到期'} ${record.eventId} ${category?.name.zh ?? record.category}`,
      body: `${record.eventId} 城市管理事件（${record.status}）— ${overdue ? 'overdue, escalated' : '80% of the time limit used'}; due ${record.dueDate}`,
      reference: record.eventId,
    });
  }
  return true;
}

/**
 * The grid's part of the periodic deadline sweep (cases/sweep.ts runs it with the same calendar and "now"): every
 * event with an open step in an inbox — the dispatchers', a department's officers', a street's inspectors' — is
 * measured on the cases' deadline engine (grid/deadline.ts) and warned once per level.
 */
export async function sweepGridDeadlines(calendar: WorkingCalendar, now: string): Promise<GridSweepReport> {
  const report: GridSweepReport = { scanned: 0, yellow: 0, red: 0 };
  const subjects = new Set<string>();
  const inboxes: [string, string[]][] = [
    [districtUnit, ['dispatcher']],
    ...departments.map((d): [string, string[]] => [d.code, ['officer', 'head']]),
    ...streets.map((s): [string, string[]] => [s.code, ['inspector']]),
  ];
  for (const [unit, roles] of inboxes) {
    for (const id of await openDirectSubjectsIn('grid-event', unit, roles)) subjects.add(id);
  }
  for (const id of subjects) {
    const record = await store.getEvent(id);
    if (!record) continue;
    report.scanned++;
    const level = warningDue(calendar, record, now);
    if (level && (await warn(record, level, now))) report[level]++;
  }
  return report;
}
