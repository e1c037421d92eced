import { getCase } from '../../../functions/src/cases/store.js';
import type { CaseRecord } from '../../../functions/src/cases/model.js';
import { chinaDate, clockStartingAt, resetClock, setClock } from '../../../functions/src/platform/clock.js';
import { openItemsOfCase } from '../../../functions/src/workitems/service.js';
import type { WorkItem } from '../../../functions/src/workitems/model.js';
import { demoUserFor } from '../identity/demo-users.js';
import { DemoApiError, type DemoApiClient } from './api-client.js';
import { formAnswersFor } from './answers.js';
import type { PastDays } from './days.js';
import { SeededRandom } from './random.js';
import type { Action, Story, StoryEvent } from './stories.js';

/**
 * Plays the demo stories through the API, day by day: the one clock (platform/clock.ts) is set to each
 * past moment in turn, every event of that moment is played (cases side by side), and each case is
 * left to its workflow until it rests (a work item opened, a correction awaited, or finished) before
 * time moves on. Today's events run on the real clock, which is restored at the end.
 */

/** Cases played side by side within one moment. */
const concurrency = 6;
/** How long a case's workflow may take to reach its next resting point. */
const settleTimeoutMs = 30_000;

const restingStatuses = ['completed', 'not_accepted', 'withdrawn'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the case's workflow rests: a work item open, a correction awaited, or the case finished. */
async function settle(caseId: string): Promise<CaseRecord> {
  const deadline = Date.now() + settleTimeoutMs;
  for (;;) {
    const record = await getCase(caseId);
    if (record?.status === 'needs_attention') throw new Error(`case ${record.caseNumber} needs attention`);
    if (record && restingStatuses.includes(record.status)) return record;
    if (record?.status === 'needs_correction' && record.correctionToken) return record;
    if (record && (await openItemsOfCase(caseId)).length > 0) return record;
    if (Date.now() > deadline) throw new Error(`case ${record?.caseNumber ?? caseId} did not come to rest in time`);
    await sleep(15);
  }
}

/** The staff member who takes a work item: the officer, head or clerk of its unit. */
function staffFor(item: WorkItem): string {
  const role = item.role === 'head' || item.role === 'clerk' ? item.role : 'officer';
  const user = demoUserFor(role, item.street ?? item.department);
  if (!user) throw new Error(`no demo ${role} for ${item.street ?? item.department}`);
  return user.username;
}

async function openItem(caseId: string, step: string): Promise<WorkItem> {
  const item = (await openItemsOfCase(caseId)).find((i) => i.step === step);
  if (!item) throw new Error(`case ${caseId} has no open ${step} step`);
  return item;
}

/** The user who files a story's case: its owner online, the station's clerk at the counter. */
export function filerOf(story: Story) {
  const user = story.channel === 'online' ? story.owner?.user : demoUserFor('clerk', story.street ?? '');
  if (!user) throw new Error(`demo case ${story.index} has nobody to file it`);
  return user;
}

async function file(client: DemoApiClient, story: Story): Promise<string> {
  const filer = filerOf(story).username;
  const materials: { material: number; documentIds: string[] }[] = [];
  for (const [index, material] of story.item.materials.entries()) {
    if (!material.required) continue;
    const fileName = `${material.name.zh.replaceAll(/[/\\]/g, '-').slice(0, 60)}.pdf`;
    materials.push({ material: index, documentIds: [await client.upload(filer, fileName)] });
  }
  const body = {
    itemCode: story.item.code,
    answers: formAnswersFor(story.item.form, story.applicant, new SeededRandom(story.seed + 1), chinaDate()),
    materials,
    pickup: story.pickup,
    submissionToken: story.submissionToken,
  };
  const filed =
    story.channel === 'online'
      ? await client.call<{ caseId: string }>(filer, 'POST', '/api/cases', body)
      : await fileAtCounter(client, filer, { ...body, identityChecked: true });
  return filed.caseId;
}

/**
 * Files at the counter as a clerk does: when the platform shows an account carrying the applicant's ID
 * number, the applicant confirms a verified one is theirs (the case joins it) and declines any other.
 */
async function fileAtCounter(client: DemoApiClient, clerk: string, body: object): Promise<{ caseId: string }> {
  try {
    return await client.call<{ caseId: string }>(clerk, 'POST', '/api/counter/cases', body);
  } catch (error) {
    const match = accountMatchAsked(error);
    if (!match) throw error;
    const joinAccount = match.kind === 'verified' && match.account ? match.account.ref : false;
    return client.call<{ caseId: string }>(clerk, 'POST', '/api/counter/cases', { ...body, joinAccount });
  }
}

interface AccountMatchShown {
  kind: string;
  account?: { ref: string };
}

function accountMatchAsked(error: unknown): AccountMatchShown | undefined {
  if (!(error instanceof DemoApiError) || error.status !== 409) return undefined;
  const body = error.body as { error?: { code?: string; details?: { accountMatch?: AccountMatchShown } } };
  return body.error?.code === 'ACCOUNT_CONFIRMATION_REQUIRED' ? body.error.details?.accountMatch : undefined;
}

async function play(client: DemoApiClient, story: Story, action: Action, caseId: string | undefined) {
  if (action.kind === 'file') {
    const id = await file(client, story);
    await settle(id);
    return id;
  }
  if (!caseId) throw new Error(`demo case ${story.index}: ${action.kind} before filing`);
  const owner = story.owner?.user.username ?? '';
  switch (action.kind) {
    case 'decide': {
      const item = await openItem(caseId, action.step);
      await client.call(staffFor(item), 'POST', `/api/work-items/${item.workItemId}/decision`, {
        outcome: action.outcome,
        comment: action.comment,
      });
      await settle(caseId);
      break;
    }
    case 'claim': {
      const item = await openItem(caseId, action.step);
      await client.call(staffFor(item), 'POST', `/api/work-items/${item.workItemId}/claim`);
      break;
    }
    case 'correct': {
      // The citizen opens the case, fixes what was asked and sends it back.
      const current = await client.call<{ version: number; answers: Record<string, unknown> }>(
        owner,
        'GET',
        `/api/cases/${caseId}`,
      );
      await client.call(owner, 'POST', `/api/cases/${caseId}/correction`, {
        answers: { ...current.answers, remarks: action.remarks },
        materials: [],
        version: current.version,
      });
      await settle(caseId);
      break;
    }
    case 'rate':
      await client.call(owner, 'POST', `/api/cases/${caseId}/rating`, { score: action.score, comment: action.comment });
      break;
  }
  return caseId;
}

/** Runs `tasks` with at most `limit` at a time; the first failure fails the whole. */
async function pooled(tasks: readonly (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}

/**
 * Plays `stories` in time order and returns each story's case id. `progress` hears after each day.
 */
export async function playStories(
  client: DemoApiClient,
  stories: readonly Story[],
  days: PastDays,
  progress: (day: number, eventsDone: number, eventsTotal: number) => void = () => undefined,
): Promise<Map<Story, string>> {
  const moments = new Map<string, { daysAgo: number; slot: number; plays: [Story, StoryEvent][] }>();
  for (const story of stories) {
    for (const event of story.events) {
      const key = `${event.daysAgo}:${event.slot}`;
      const moment = moments.get(key) ?? { daysAgo: event.daysAgo, slot: event.slot, plays: [] };
      moment.plays.push([story, event]);
      moments.set(key, moment);
    }
  }
  const ordered = [...moments.values()].sort((a, b) => b.daysAgo - a.daysAgo || a.slot - b.slot);
  const total = ordered.reduce((n, m) => n + m.plays.length, 0);
  const caseIds = new Map<Story, string>();
  let done = 0;
  try {
    for (const [i, moment] of ordered.entries()) {
      if (moment.daysAgo > 0) setClock(clockStartingAt(days.instant(moment.daysAgo, moment.slot)));
      else resetClock();
      await pooled(
        moment.plays.map(([story, event]) => async () => {
          try {
            caseIds.set(story, await play(client, story, event.action, caseIds.get(story)));
          } catch (error) {
            throw new Error(
              `demo case ${story.index} (${story.item.code}, ${event.action.kind}): ${(error as Error).message}`,
              { cause: error },
            );
          }
        }),
        concurrency,
      );
      done += moment.plays.length;
      if (ordered[i + 1]?.daysAgo !== moment.daysAgo) progress(moment.daysAgo, done, total);
    }
  } finally {
    resetClock();
  }
  return caseIds;
}
