import type { DeadlineLevel, WorkItem } from '@/lib/api-schemas';

const dayMs = 86_400_000;

/** Today's date in Guangzhou (YYYY-MM-DD): legal time limits end at the end of a day there. */
export function chinaToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** Whether the legal time limit applies to a work item: not to handing over a result already decided. */
export const isTimed = (item: Pick<WorkItem, 'step'>) => item.step !== 'handover';

/**
 * The traffic light of a work item: the case's level when the API sends it; otherwise from the due date
 * alone — red once it is over, yellow on the due date and the day before. Undefined while the case's clock
 * has not started (an acceptance step).
 */
export function workItemLevel(
  item: Pick<WorkItem, 'step' | 'dueDate' | 'level'>,
  today: string,
): DeadlineLevel | undefined {
  if (item.level) return item.level;
  if (!item.dueDate) return undefined;
  const left = daysBetween(today, item.dueDate);
  return left < 0 ? 'red' : left <= 1 ? 'yellow' : 'green';
}
