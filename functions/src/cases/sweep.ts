import { SendTaskHeartbeatCommand, TaskDoesNotExist, TaskTimedOut, InvalidToken } from '@aws-sdk/client-sfn';
import { businessMetric, countBusinessEvent } from '../platform/metrics.js';
import { publishedWorkingCalendar } from '../calendar/published.js';
import { departments } from '../catalog/taxonomy.js';
import type { WorkingCalendar } from '../deadlines/calendar.js';
import { sweepGridDeadlines, type GridSweepReport } from '../grid/sweep.js';
import { sweepLetterDeadlines, type LetterSweepReport } from '../letters/sweep.js';
import { dutyMailbox } from '../notifications/duty.js';
import { notify } from '../notifications/service.js';
import { sfnClient } from '../platform/aws-clients.js';
import { nowIso } from '../platform/ids.js';
import { logger } from '../platform/logger.js';
import { recomputeQualityWhenDue } from '../registries/quality.js';
import type { RegistryKind } from '../registries/model.js';
import { settleDeciding } from '../workitems/delivery.js';
import { openItemsOfCase } from '../workitems/service.js';
import { withDerived } from './clock.js';
import type { CaseRecord, CaseStatus } from './model.js';
import * as store from './store.js';

/** How often the sweep runs (EventBridge rule on AWS, the local cloud's timer by default). */
export const sweepIntervalMinutes = 15;

/** Statuses in which a case's legal clock runs (or is paused): accepted and not yet decided. */
const clockedStatuses: readonly CaseStatus[] = ['accepted', 'in_review', 'deciding', 'needs_correction'];
/** Statuses in which a case has human steps open. */
const openStatuses: readonly CaseStatus[] = [...clockedStatuses, 'submitted', 'approved', 'rejected'];

export interface SweepReport {
  scanned: number;
  yellow: number;
  red: number;
  heartbeats: number;
  /** Decisions left `deciding` (the decider's call failed) that the sweep delivered or found expired. */
  settled: number;
  /** The mailbox's letters, measured and warned on the same engine (letters/sweep.ts). */
  letters: LetterSweepReport;
  /** The grid's city events, measured and warned on the same engine (grid/sweep.ts). */
  grid: GridSweepReport;
  /** The base registries whose quality the sweep recomputed (once a day each, registries/quality.ts). */
  registryQuality: RegistryKind[];
}

async function heartbeat(record: CaseRecord): Promise<number> {
  let sent = 0;
  for (const item of await openItemsOfCase(record.caseId)) {
    try {
      await sfnClient().send(new SendTaskHeartbeatCommand({ taskToken: item.taskToken }));
      sent++;
    } catch (error) {
      if (!(error instanceof TaskTimedOut || error instanceof TaskDoesNotExist || error instanceof InvalidToken))
        throw error;
    }
  }
  return sent;
}

/** Raises a warning when a case's level moved up: yellow to the officers, red (overdue) to the head too. */
async function warn(
  calendar: WorkingCalendar,
  record: CaseRecord,
  level: 'yellow' | 'red',
  now: string,
): Promise<void> {
  const overdue = level === 'red';
  const updated = await store.updateCase(record.caseId, {
    expectedVersion: record.version,
    set: { clock: withDerived(calendar, record.clock, now), ...(overdue ? { escalated: true } : {}) },
    entry: {
      at: now,
      status: record.status,
      event: overdue ? 'overdue' : 'deadline_warning',
      ...(record.clock.dueDate ? { detail: record.clock.dueDate } : {}),
      by: 'system',
    },
  });
  if (!updated) return; // changed meanwhile: the next sweep looks again
  if (overdue) countBusinessEvent(businessMetric.casesOverdue);
  const recipients = overdue ? (['officer', 'head'] as const) : (['officer'] as const);
  for (const role of recipients) {
    await notify({
      channel: 'email',
      to: dutyMailbox(record.department, role),
      recipient: 'office',
      subject: `${overdue ? '【红色预警】已超期' : '【黄色预警】即将到期'} ${record.caseNumber} ${record.title}`,
      body: `${record.caseNumber} ${record.itemName.zh} — ${overdue ? 'overdue' : '80% of the time limit used'}; due ${updated.clock.dueDate}`,
      reference: record.caseId,
    });
  }
}

/**
 * The periodic sweep (EventBridge on AWS, a timer in the local cloud): recomputes every running case's
 * deadline level, raises yellow (≥ 80 % used) and red (overdue) warnings once each, escalating overdue
 * cases to the head, heartbeats every open work item so that its workflow step stays alive, and delivers
 * decisions left `deciding` by a call that failed halfway (workitems/delivery.ts); then warns and escalates the
 * mailbox's letters the same way (letters/sweep.ts), and the grid's city events (grid/sweep.ts); and recomputes the
 * base registries' data quality when a registry's figures are a day old (registries/quality.ts).
 */
export async function sweepDeadlines(now = nowIso()): Promise<SweepReport> {
  const report: SweepReport = {
    scanned: 0,
    yellow: 0,
    red: 0,
    heartbeats: 0,
    settled: 0,
    letters: { scanned: 0, yellow: 0, red: 0 },
    grid: { scanned: 0, yellow: 0, red: 0 },
    registryQuality: [],
  };
  const calendar = await publishedWorkingCalendar();
  for (const department of departments) {
    for (const record of await store.listByDepartment(department.code)) {
      if (!openStatuses.includes(record.status)) continue;
      report.scanned++;
      report.heartbeats += await heartbeat(record);
      report.settled += await settleDeciding(record.caseId, Date.parse(now));
      if (!clockedStatuses.includes(record.status) || !record.clock.acceptedAt) continue;
      const level = withDerived(calendar, record.clock, now).level;
      const rank = { green: 0, paused: 0, yellow: 1, red: 2 };
      if (level !== 'yellow' && level !== 'red') continue;
      if (rank[level] <= rank[record.clock.level]) continue;
      await warn(calendar, record, level, now);
      report[level]++;
    }
  }
  report.letters = await sweepLetterDeadlines(calendar, now);
  report.grid = await sweepGridDeadlines(calendar, now);
  report.registryQuality = await recomputeQualityWhenDue(Date.parse(now));
  logger.info('deadline sweep', { action: 'case.sweep', ...report });
  return report;
}

/** The Lambda entry of the scheduled sweep. */
export async function handler(): Promise<SweepReport> {
  return sweepDeadlines();
}
