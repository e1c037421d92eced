import type { PublishedGuide } from '../../../functions/src/catalog/model.js';
import { seedItems } from '../../../functions/src/catalog/seed/index.js';
import { getService } from '../../../functions/src/catalog/service.js';
import { withDerived } from '../../../functions/src/cases/clock.js';
import { sweepDeadlines, type SweepReport } from '../../../functions/src/cases/sweep.js';
import { caseIdForToken, getCase } from '../../../functions/src/cases/store.js';
import { publishedWorkingCalendar } from '../../../functions/src/calendar/published.js';
import { nowIso, nowMs } from '../../../functions/src/platform/clock.js';
import { DemoApiClient } from './api-client.js';
import { PastDays } from './days.js';
import { filerOf, playStories } from './drive.js';
import { completeDemoProfiles } from './profiles.js';
import { planStories, targetStatus, type Story } from './stories.js';

/**
 * The demo cases of `npm start` (LocalCloudOptions.demoCases): about 200 cases across every department
 * and status, made through the platform's API by the demo users, so the inboxes, "my cases", the
 * supervision dashboard, the outbox and the audit trail have something to show on the first start.
 *
 * Idempotent: a case is known by its filer and submission token (the platform's own idempotency key),
 * drawn from a fixed seed; cases that exist are left alone, so a second start writes nothing.
 */

export const defaultDemoCaseCount = 200;
const demoSeed = 20261205;

export interface DemoCaseReport {
  readonly planned: number;
  /** Cases filed now (0 when every demo case existed already). */
  readonly created: number;
  readonly profilesSaved: number;
  /** The demo cases by status, and the open ones by deadline level, as they stand at the end. */
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byLevel: Readonly<Record<string, number>>;
  /** Cases created now that did not end where their story meant them to. */
  readonly offTarget: readonly string[];
  readonly sweep?: SweepReport;
  readonly seconds: number;
}

export interface DemoCaseOptions {
  /** Origin of an API gateway the demo users call (the local cloud's, without rate limits). */
  readonly origin: string;
  readonly count?: number;
  readonly log?: (message: string) => void;
}

async function publishedItems(): Promise<PublishedGuide[]> {
  const items = await Promise.all(seedItems.map((i) => getService(i.code).catch(() => undefined)));
  return items.filter((i): i is PublishedGuide => i !== undefined);
}

function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Seeds the demo cases that do not exist yet (see the module comment). */
export async function seedDemoCases(options: DemoCaseOptions): Promise<DemoCaseReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const calendar = await publishedWorkingCalendar();
  const days = new PastDays(nowMs(), calendar);
  const stories = planStories(await publishedItems(), days, {
    count: options.count ?? defaultDemoCaseCount,
    seed: demoSeed,
  });
  const existing = await Promise.all(stories.map((s) => caseIdForToken(filerOf(s).sub, s.submissionToken)));
  const missing = stories.filter((_, i) => existing[i] === undefined);

  const client = new DemoApiClient(options.origin);
  let profilesSaved = 0;
  let played = new Map<Story, string>();
  let sweep: SweepReport | undefined;
  if (missing.length > 0) {
    log(`demo cases: ${missing.length} of ${stories.length} to create (about half a minute)…`);
    profilesSaved = await completeDemoProfiles(client);
    played = await playStories(client, missing, days, (day, done, total) => {
      if (day % 10 === 0) log(`demo cases: ${day} days ago done, ${done}/${total} steps`);
    });
    // What the scheduled sweep would raise at its next run: the yellow and red warnings of the aged cases.
    sweep = await sweepDeadlines();
  }

  const now = nowIso();
  const ids = stories.map((s, i) => existing[i] ?? played.get(s));
  const records = await Promise.all(ids.map((id) => (id ? getCase(id) : undefined)));
  const offTarget = missing
    .map((s) => ({ s, r: records[stories.indexOf(s)] }))
    .filter(({ s, r }) => r?.status !== targetStatus[s.target])
    .map(({ s, r }) => `#${s.index} ${s.item.code} ${s.target}: ${r?.status ?? 'missing'}`);
  const present = records.filter((r) => r !== undefined);
  const report: DemoCaseReport = {
    planned: stories.length,
    created: played.size,
    profilesSaved,
    byStatus: tally(present.map((r) => r.status)),
    byLevel: tally(
      present.filter((r) => r.clock.acceptedAt && !r.result).map((r) => withDerived(calendar, r.clock, now).level),
    ),
    offTarget,
    ...(sweep ? { sweep } : {}),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
  if (offTarget.length) log(`demo cases not where their story meant them: ${offTarget.join('; ')}`);
  return report;
}
