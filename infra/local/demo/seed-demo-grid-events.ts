import { publishedWorkingCalendar } from '../../../functions/src/calendar/published.js';
import { dueDate } from '../../../functions/src/deadlines/clock.js';
import { gridCategories, limitInWorkingDays } from '../../../functions/src/grid/categories.js';
import { gridCells, inspectorOfStreet } from '../../../functions/src/grid/cells.js';
import type { EventActionInput, GridEventRecord } from '../../../functions/src/grid/model.js';
import { applyAction } from '../../../functions/src/grid/rules.js';
import { nextItemPut } from '../../../functions/src/grid/service.js';
import { insertEvent } from '../../../functions/src/grid/store.js';
import { nowMs } from '../../../functions/src/platform/clock.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { demoUsers } from '../identity/demo-users.js';
import { demoOpen311Client } from '../open311-clients.js';
import { SeededRandom } from './random.js';

/**
 * The city events of `npm start` (LocalCloudOptions.demoGridEvents): 48 events of the last four weeks across the
 * categories and streets (北京街 more often, inspector1's street), reported by citizens, inspectors and the demo
 * Open311 client, and taken through the loop's own rules (grid/rules.ts) by the demo dispatcher, departments and
 * inspectors to where each stands: waiting for the dispatcher, at the department, waiting for the inspector's
 * check, returned, closed or declined. Each is written with the inbox item of its next step, in one transaction.
 *
 * They are records from before each event had its workflow (workflows/grid-event.ts): no execution is started for
 * them, their items hold no task token, and the grid's action route moves them on by the same rules without a
 * workflow to tell (grid/workflow.ts, resumeEventWorkflow).
 *
 * Idempotent: an event is known by its reporter and a submission token drawn from a fixed seed; one that exists
 * is left alone, so a second start writes nothing. Numbers are G<day>-9nnn, apart from the day counter's.
 */

export const defaultDemoGridEventCount = 48;
const demoSeed = 20261217;
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

export interface DemoGridEventReport {
  readonly planned: number;
  readonly created: number;
  readonly byStatus: Readonly<Record<string, number>>;
}

const reporters = demoUsers.filter((u) => u.roles.includes('citizen'));
const departmentStaff = (department: string): Principal => {
  const user = demoUsers.find((u) => u.roles.includes('officer') && u.department === department);
  return {
    sub: user?.sub ?? department,
    username: user?.username ?? `officer-${department}`,
    roles: ['officer'],
    department,
  };
};
const dispatcher: Principal = { sub: 'demo-dispatcher', username: 'dispatcher1', roles: ['dispatcher'] };
const inspectorOf = (street: string): Principal => ({
  sub: `demo-${street}`,
  username: inspectorOfStreet(street),
  roles: ['inspector'],
  street,
});

const descriptions: Record<string, readonly string[]> = {
  component: ['井盖松动，车辆经过有响声', '设施损坏，存在安全隐患', '部件缺失已有两天', '设施被撞坏，需要维修'],
  event: ['影响行人通行，请尽快处理', '附近居民多次反映', '早晚高峰尤其严重', '已持续一周，请派人查看'],
};

const chinaDay = (ms: number) => new Date(ms + 8 * hourMs).toISOString().slice(0, 10).replaceAll('-', '');

/** The events of the seed, the same on every machine; `now` the current instant. */
async function planEvents(count: number, now: number) {
  const calendar = await publishedWorkingCalendar();
  const random = new SeededRandom(demoSeed);
  const plans: { record: GridEventRecord; reporter: string; submissionToken: string }[] = [];
  for (let n = 1; n <= count; n++) {
    const category = random.pick(gridCategories);
    const street = random.chance(0.35) ? 'beijing' : random.pick([...new Set(gridCells.map((c) => c.street))]);
    const cell = random.pick(gridCells.filter((c) => c.street === street));
    const [w, s] = cell.ring[0]!;
    const [e, north] = cell.ring[2]!;
    const lng = Math.round((w + (e - w) * (0.2 + random.next() * 0.6)) * 1e6) / 1e6;
    const lat = Math.round((s + (north - s) * (0.2 + random.next() * 0.6)) * 1e6) / 1e6;
    const source = random.weighted([
      ['portal', 5],
      ['inspector', 4],
      ['open311', 1],
    ] as const);
    const citizen = random.pick(reporters);
    const reportedBy =
      source === 'portal'
        ? citizen.username
        : source === 'inspector'
          ? inspectorOfStreet(street)
          : `open311:${demoOpen311Client.client}`;
    const daysAgo = random.int(0, 27);
    const reportedMs = now - daysAgo * dayMs - random.int(1, 9) * hourMs;
    const reportedAt = new Date(reportedMs).toISOString();
    const limitDays = limitInWorkingDays(category);
    let record: GridEventRecord = {
      eventId: `G${chinaDay(reportedMs)}-${9000 + n}`,
      category: category.code,
      description: `${category.name.zh}：${random.pick(descriptions[category.kind]!)}`,
      location: { lat, lng },
      cell: cell.code,
      street,
      community: cell.community,
      source,
      ...(source === 'portal' ? { owner: citizen.sub } : {}),
      reportedBy,
      status: 'reported',
      limitDays,
      dueDate: dueDate(calendar, { acceptedAt: reportedAt, limitDays, pauses: [] }, reportedAt).date,
      reportedAt,
      updatedAt: reportedAt,
      history: [{ at: reportedAt, status: 'reported', action: 'report', by: reportedBy }],
      version: 1,
    };
    // Older events went further round the loop; the newest still wait for the dispatcher.
    const steps: [Principal, Omit<EventActionInput, 'version'>][] = [];
    const waits = daysAgo <= 2 || random.chance(0.1);
    if (!waits && random.chance(0.06)) steps.push([dispatcher, { action: 'decline', note: '重复上报，已合并处理' }]);
    else if (!waits && random.chance(0.1)) steps.push([dispatcher, { action: 'register' }]);
    else if (!waits) {
      steps.push([dispatcher, { action: 'register' }], [dispatcher, { action: 'dispatch' }]);
      const staff = departmentStaff(category.department);
      if (daysAgo >= 3 && random.chance(0.8)) {
        steps.push([staff, { action: 'handle', note: '已到现场处置完毕' }]);
        if (random.chance(0.12))
          steps.push([inspectorOf(street), { action: 'return', note: '复查仍未解决，请继续处置' }]);
        else if (daysAgo >= 5 && random.chance(0.85)) steps.push([inspectorOf(street), { action: 'verify' }]);
      }
    }
    let at = reportedMs;
    for (const [who, input] of steps) {
      at = Math.min(at + random.int(1, 20) * hourMs, now - hourMs);
      record = applyAction(
        record,
        who,
        { ...input, version: record.version },
        new Date(at).toISOString(),
        category.department,
      );
    }
    plans.push({ record, reporter: reportedBy, submissionToken: random.uuid() });
  }
  return plans;
}

/** Seeds the demo city events that do not exist yet (see the module comment). */
export async function seedDemoGridEvents(
  options: { count?: number; log?: (message: string) => void } = {},
): Promise<DemoGridEventReport> {
  const plans = await planEvents(options.count ?? defaultDemoGridEventCount, nowMs());
  let created = 0;
  for (const { record, reporter, submissionToken } of plans) {
    const category = gridCategories.find((c) => c.code === record.category)!;
    if (await insertEvent(record, { reporter, submissionToken }, nextItemPut(record, category))) created++;
  }
  const byStatus: Record<string, number> = {};
  for (const { record } of plans) byStatus[record.status] = (byStatus[record.status] ?? 0) + 1;
  options.log?.(`demo city events: ${created} of ${plans.length} written`);
  return { planned: plans.length, created, byStatus };
}
