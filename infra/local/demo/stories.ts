import type { PublishedGuide } from '../../../functions/src/catalog/model.js';
import type { CaseStatus, PickupChoice } from '../../../functions/src/cases/model.js';
import type { WarningLevel } from '../../../functions/src/deadlines/clock.js';
import { streetCodes } from '../identity/demo-users.js';
import { oldestDay, type PastDays } from './days.js';
import { demoAccounts, walkInOrganisation, walkInPerson, type Applicant, type DemoAccount } from './people.js';
import { SeededRandom } from './random.js';
import * as words from './wording.js';

/**
 * The stories of the demo cases: for each case, what it is (item, channel, applicant, pickup) and what
 * happens to it on which past day, up to the state it rests in today (its target). The stories are only
 * a script: the driver (drive.ts) plays each event through the platform's API at that day's time.
 */

export const targets = [
  'awaiting-acceptance',
  'needs-correction',
  'in-review',
  'deciding',
  'awaiting-handover',
  'completed-approved',
  'completed-rejected',
  'not-accepted',
] as const;
export type Target = (typeof targets)[number];

/** The share of the demo cases each target gets; completed-approved takes what rounding leaves. */
const shares: Record<Target, number> = {
  'awaiting-acceptance': 0.12,
  'needs-correction': 0.07,
  'in-review': 0.16,
  deciding: 0.15,
  'awaiting-handover': 0.07,
  'completed-approved': 0.32,
  'completed-rejected': 0.07,
  'not-accepted': 0.04,
};

/** The status a case of each target rests in once its story is told. */
export const targetStatus: Record<Target, CaseStatus> = {
  'awaiting-acceptance': 'submitted',
  'needs-correction': 'needs_correction',
  'in-review': 'in_review',
  deciding: 'deciding',
  'awaiting-handover': 'approved',
  'completed-approved': 'completed',
  'completed-rejected': 'completed',
  'not-accepted': 'not_accepted',
};

export type Step = 'accept' | 'review' | 'decide' | 'handover';

export type Action =
  | { readonly kind: 'file' }
  | { readonly kind: 'decide'; readonly step: Step; readonly outcome: string; readonly comment: string }
  | { readonly kind: 'claim'; readonly step: Step }
  | { readonly kind: 'correct'; readonly remarks: string }
  | { readonly kind: 'rate'; readonly score: number; readonly comment: string };

/** One thing that happens to a case: `daysAgo` days before today, in that day's `slot` (see days.ts). */
export interface StoryEvent {
  readonly daysAgo: number;
  readonly slot: number;
  readonly action: Action;
}

export interface Story {
  readonly index: number;
  readonly target: Target;
  readonly item: PublishedGuide;
  readonly channel: 'online' | 'counter';
  /** Online: the demo account that applies. Counter: the citizen's account when the walk-in has one. */
  readonly owner?: DemoAccount;
  /** Counter: the street station whose clerk files the case. */
  readonly street?: string;
  readonly applicant: Applicant;
  readonly pickup: PickupChoice;
  readonly submissionToken: string;
  /** Seeds this case's answers, whatever order the cases run in. */
  readonly seed: number;
  /** The deadline level an open case is meant to show today. */
  readonly level?: WarningLevel;
  readonly events: readonly StoryEvent[];
}

/** Cases every newcomer should find, whatever the random draw: one per inbox the README names. */
const showcases: readonly { target: Target; item: string; channel: 'online' | 'counter'; at: string }[] = [
  { target: 'awaiting-acceptance', item: '440104-MZ-0007', channel: 'online', at: 'citizen1' },
  { target: 'in-review', item: '440104-MZ-0007', channel: 'online', at: 'citizen1' },
  { target: 'deciding', item: '440104-MZ-0004', channel: 'counter', at: 'beijing' },
  { target: 'awaiting-handover', item: '440104-MZ-0006', channel: 'counter', at: 'beijing' },
  { target: 'awaiting-handover', item: '440104-RS-0002', channel: 'counter', at: 'liurong' },
  { target: 'awaiting-acceptance', item: '440104-SJ-0002', channel: 'online', at: 'enterprise1' },
  { target: 'deciding', item: '440104-SJ-0004', channel: 'counter', at: 'beijing' },
  { target: 'awaiting-acceptance', item: '440104-WJ-0001', channel: 'online', at: 'citizen2' },
  { target: 'completed-approved', item: '440104-MZ-0007', channel: 'online', at: 'citizen1' },
  { target: 'needs-correction', item: '440104-MZ-0007', channel: 'online', at: 'citizen1' },
];

const departmentWeight = (department: string) =>
  department === 'civil-affairs' || department === 'market-supervision' ? 3 : 1;
const streetWeight = (street: string) => (street === 'beijing' ? 3 : street === 'liurong' ? 2 : 1);
const accountWeight: Record<string, number> = { citizen1: 4, citizen2: 3, citizen3: 2, enterprise1: 3 };

const hasReview = (item: PublishedGuide) => item.reviewSteps.some((s) => s.step === 'review');
const mustApplyOnline = (target: Target) =>
  target === 'awaiting-acceptance' || target === 'needs-correction' || target === 'not-accepted';

function shuffled<T>(values: T[], random: SeededRandom): T[] {
  for (let i = values.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [values[i], values[j]] = [values[j]!, values[i]!];
  }
  return values;
}

/** Exactly `count` targets in their shares, showcases first, the rest in random order. */
function targetList(count: number, random: SeededRandom): Target[] {
  const counts = new Map(targets.map((t) => [t, Math.floor(shares[t] * count)]));
  const taken = showcases.slice(0, count).map((s) => s.target);
  for (const t of taken) counts.set(t, Math.max(0, counts.get(t)! - 1));
  const rest = [...counts].flatMap(([t, n]) => Array<Target>(n).fill(t));
  while (taken.length + rest.length < count) rest.push('completed-approved');
  return [...taken, ...shuffled(rest, random)].slice(0, count);
}

function pickItem(items: readonly PublishedGuide[], target: Target, random: SeededRandom): PublishedGuide {
  // Joint items (联合审批) move through departments' opinions, which the stories do not drive.
  const pool = items.filter(
    (i) => !i.jointReview && (!mustApplyOnline(target) || i.online) && (target !== 'in-review' || hasReview(i)),
  );
  const departments = [...new Set(pool.map((i) => i.department))];
  const department = random.weighted(departments.map((d) => [d, departmentWeight(d)] as const));
  return random.pick(pool.filter((i) => i.department === department));
}

function pickAccount(kind: 'person' | 'organisation', random: SeededRandom): DemoAccount {
  const accounts = demoAccounts.filter((a) => a.applicant.kind === kind);
  return random.weighted(accounts.map((a) => [a, accountWeight[a.user.username] ?? 1] as const));
}

const pickStreet = (random: SeededRandom) => random.weighted(streetCodes.map((s) => [s, streetWeight(s)] as const));

/** Tells the story of one case: the events from filing to the state it rests in today. */
class Timeline {
  readonly events: StoryEvent[] = [];
  #day = Number.POSITIVE_INFINITY;
  #slot = 0;

  constructor(private readonly random: SeededRandom) {}

  /** Adds an event on `daysAgo` (never before the previous one) and returns the day it happens on. */
  add(daysAgo: number, action: Action): number {
    const day = Math.max(0, Math.min(daysAgo, this.#day));
    this.#slot = day === this.#day ? this.#slot + 1 : this.random.int(0, 3);
    this.#day = day;
    this.events.push({ daysAgo: day, slot: this.#slot, action });
    return day;
  }

  get lastDay(): number {
    return this.#day;
  }
}

interface Casting {
  readonly target: Target;
  readonly item: PublishedGuide;
  readonly channel: 'online' | 'counter';
  readonly owner?: DemoAccount;
}

const decide = (step: Step, outcome: string, comment = ''): Action => ({ kind: 'decide', step, outcome, comment });

/** Filing and acceptance on day `accepted`, with a correction (补正) asked before it now and then. */
function fileAndAccept(tl: Timeline, c: Casting, days: PastDays, random: SeededRandom, accepted: number): void {
  if (c.channel === 'counter') {
    tl.add(accepted, { kind: 'file' });
    return;
  }
  if (c.owner && random.chance(0.2)) {
    const corrected = accepted + random.int(0, 1);
    const asked = days.workingAtOrBefore(corrected + random.int(1, 3));
    tl.add(asked + random.int(0, 2), { kind: 'file' });
    tl.add(asked, decide('accept', 'correct', random.pick(words.correctionReasons)));
    tl.add(corrected, { kind: 'correct', remarks: random.pick(words.correctionRemarks) });
  } else {
    tl.add(accepted + random.int(0, 2), { kind: 'file' });
  }
  tl.add(accepted, decide('accept', 'accept'));
}

/** Review between `from` and `to` days ago, with a correction loop now and then when there is room. */
function reviewBetween(tl: Timeline, c: Casting, random: SeededRandom, from: number, to: number, outcome: string) {
  if (!hasReview(c.item)) return;
  const comment = outcome === 'reject' ? random.pick(words.rejectionReasons) : random.pick(words.reviewComments);
  if (c.channel === 'online' && c.owner && from - to >= 3 && random.chance(0.15)) {
    const asked = random.int(to + 2, from);
    tl.add(asked, decide('review', 'correct', random.pick(words.correctionReasons)));
    tl.add(random.int(to + 1, asked - 1), { kind: 'correct', remarks: random.pick(words.correctionRemarks) });
  }
  tl.add(random.int(to, Math.max(to, tl.lastDay)), decide('review', outcome, comment));
}

function maybeClaim(tl: Timeline, random: SeededRandom, step: Step): void {
  if (random.chance(0.25)) tl.add(random.int(0, tl.lastDay), { kind: 'claim', step });
}

function tell(c: Casting, pickup: PickupChoice, days: PastDays, random: SeededRandom) {
  const tl = new Timeline(random);
  const limit = c.item.timeLimits.promisedDays;
  const station = pickup.method === 'station';
  switch (c.target) {
    case 'awaiting-acceptance':
      tl.add(random.int(0, 2), { kind: 'file' });
      maybeClaim(tl, random, 'accept');
      return { events: tl.events };
    case 'not-accepted': {
      const filed = tl.add(random.int(3, oldestDay - 5), { kind: 'file' });
      tl.add(
        days.workingBetween(random, filed - 3, filed),
        decide('accept', 'reject', random.pick(words.refusalReasons)),
      );
      return { events: tl.events };
    }
    case 'needs-correction': {
      const reason = random.pick(words.correctionReasons);
      if (hasReview(c.item) && random.chance(0.5)) {
        const accepted = days.workingBetween(random, 1, 12);
        fileAndAccept(tl, c, days, random, accepted);
        tl.add(days.workingBetween(random, Math.max(0, accepted - 4), accepted), decide('review', 'correct', reason));
      } else {
        const filed = tl.add(random.int(1, 8), { kind: 'file' });
        tl.add(days.workingBetween(random, Math.max(0, filed - 2), filed), decide('accept', 'correct', reason));
      }
      return { events: tl.events };
    }
    case 'in-review':
    case 'deciding': {
      let level: WarningLevel = random.weighted([
        ['green', 70],
        ['yellow', 15],
        ['red', 15],
      ]);
      if (level === 'yellow' && limit < 5) level = random.chance(0.5) ? 'green' : 'red';
      const newest = c.target === 'deciding' && hasReview(c.item) ? 1 : 0;
      let accepted = days.acceptanceFor(random, level, limit, newest);
      if (accepted === undefined) [level, accepted] = ['green', days.acceptanceFor(random, 'green', limit) ?? 0];
      fileAndAccept(tl, c, days, random, accepted);
      if (c.target === 'deciding') reviewBetween(tl, c, random, accepted, 0, 'approve');
      maybeClaim(tl, random, c.target === 'deciding' ? 'decide' : 'review');
      return { events: tl.events, level };
    }
    default: {
      const accepted = days.workingBetween(random, 3, c.target === 'awaiting-handover' ? 12 : oldestDay - 5);
      fileAndAccept(tl, c, days, random, accepted);
      const due = days.dueAgo(accepted, limit);
      const decided = random.chance(0.85)
        ? days.workingBetween(random, Math.max(1, due), accepted)
        : days.workingBetween(random, 1, due >= 2 ? due - 1 : accepted);
      const approved = c.target !== 'completed-rejected';
      reviewBetween(tl, c, random, accepted, decided, approved || random.chance(0.4) ? 'approve' : 'reject');
      const outcome = approved ? 'approved' : 'rejected';
      const comment = approved ? random.pick(words.approvalComments) : random.pick(words.rejectionReasons);
      const day = tl.add(decided, decide('decide', outcome, comment));
      if (c.target === 'awaiting-handover') {
        maybeClaim(tl, random, 'handover');
        return { events: tl.events };
      }
      if (station) tl.add(days.workingBetween(random, Math.max(0, day - 3), day), decide('handover', 'handed-over'));
      if (c.owner && random.chance(0.65))
        tl.add(random.int(0, tl.lastDay), { kind: 'rate', ...words.rating(random, !approved) });
      return { events: tl.events };
    }
  }
}

/**
 * The demo cases' stories: `count` cases over the published `items`, the same for the same seed (the
 * days they happen on follow today's date and the working-day calendar).
 */
export function planStories(
  items: readonly PublishedGuide[],
  days: PastDays,
  options: { count: number; seed: number },
): Story[] {
  const random = new SeededRandom(options.seed);
  return targetList(options.count, random).map((target, index) => {
    const showcase = showcases[index];
    const item = items.find((i) => i.code === showcase?.item) ?? pickItem(items, target, random);
    const channel =
      showcase?.channel ?? (mustApplyOnline(target) || (item.online && random.chance(0.55)) ? 'online' : 'counter');
    const asOrganisation =
      item.audience.includes('enterprise') && (!item.audience.includes('citizen') || random.chance(0.35));
    const kind = asOrganisation ? 'organisation' : 'person';
    let owner: DemoAccount | undefined;
    let street: string | undefined;
    let applicant: Applicant;
    if (channel === 'online') {
      owner = demoAccounts.find((a) => a.user.username === showcase?.at) ?? pickAccount(kind, random);
      applicant = owner.applicant;
    } else {
      street = showcase?.at ?? pickStreet(random);
      owner = kind === 'person' && random.chance(0.1) ? pickAccount('person', random) : undefined;
      applicant = owner?.applicant ?? (asOrganisation ? walkInOrganisation(random) : walkInPerson(random));
    }
    const atStation = target === 'awaiting-handover' || random.chance(channel === 'counter' ? 0.55 : 0.3);
    const pickup: PickupChoice = atStation
      ? { method: 'station', street: street ?? pickStreet(random) }
      : { method: 'download' };
    const submissionToken = random.uuid();
    const seed = random.int(1, 2 ** 31);
    // Who applies for what, and the submission token, never depend on today's date: a later start finds
    // the same cases. Only the days of the story do, drawn from the case's own source.
    const casting: Casting = { target, item, channel, ...(owner ? { owner } : {}) };
    const told = tell(casting, pickup, days, new SeededRandom(seed));
    return { index, ...casting, ...(street ? { street } : {}), applicant, pickup, submissionToken, seed, ...told };
  });
}
