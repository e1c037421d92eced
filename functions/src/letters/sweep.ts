import { departments } from '../catalog/taxonomy.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { dutyMailbox } from '../notifications/duty.js';
import { notify } from '../notifications/service.js';
import { openDirectSubjectsIn } from '../workitems/direct.js';
import { letterClockAt, warned, warningDue, type LetterWarning } from './deadline.js';
import type { LetterRecord } from './model.js';
import * as store from './store.js';

export interface LetterSweepReport {
  scanned: number;
  yellow: number;
  red: number;
}

const typeNames: Record<LetterRecord['type'], string> = {
  consultation: '咨询',
  suggestion: '建议',
  complaint: '投诉',
  report: '举报',
};

/**
 * Raises one letter's warning, as the case sweep does for a case: recorded on the letter (conditional on its
 * version: a letter answered or changed meanwhile is left to the next sweep), then yellow to the department's
 * officers, red (overdue) to its head too. False when the letter changed meanwhile.
 */
async function warn(record: LetterRecord, level: LetterWarning, due: string, now: string): Promise<boolean> {
  if (!(await store.saveLetter(warned(record, level, now, due)))) return false;
  const overdue = level === 'red';
  const recipients = overdue ? (['officer', 'head'] as const) : (['officer'] as const);
  for (const role of recipients) {
    await notify({
      channel: 'email',
      to: dutyMailbox(record.department, role),
      recipient: 'office',
      subject: `${overdue ? '【红色预警】已超期' : '【黄色预警】即将到期'} ${record.letterNumber} ${record.subject}`,
      body: `${record.letterNumber} 信箱${typeNames[record.type]} — ${overdue ? 'overdue' : '80% of the time limit used'}; due ${due}`,
      reference: record.letterId,
    });
  }
  return true;
}

/**
 * The mailbox's part of the periodic deadline sweep (cases/sweep.ts runs it with the same calendar and
 * "now"): every letter with an open item in a department's inbox is measured on the cases' deadline engine
 * (letters/deadline.ts) and warned once per level and round. A second sweep at the same level raises nothing.
 */
export async function sweepLetterDeadlines(calendar: WorkingCalendar, now: string): Promise<LetterSweepReport> {
  const report: LetterSweepReport = { scanned: 0, yellow: 0, red: 0 };
  for (const department of departments) {
    for (const letterId of await openDirectSubjectsIn('letter', department.code)) {
      const record = await store.getLetter(letterId);
      if (!record) continue;
      report.scanned++;
      const level = warningDue(calendar, record, now);
      const clock = letterClockAt(calendar, record, now);
      if (!level || !clock) continue;
      if (await warn(record, level, clock.dueDate, now)) report[level]++;
    }
  }
  return report;
}
