import type { NoticeKind, NoticeRecord, NoticeVersion } from '../../../functions/src/notices/model.js';
import { drafted, edited, published, withdrawn, type NoticeChange } from '../../../functions/src/notices/rules.js';
import { insertWithHistory } from '../../../functions/src/notices/store.js';
import { nowMs } from '../../../functions/src/platform/clock.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { interpretationWords, noticeDepartments, noticeWords, policyWords } from './notice-wording.js';
import { SeededRandom } from './random.js';

/**
 * The public information of `npm start` (LocalCloudOptions.demoNotices): 300 notices, policy documents and
 * interpretations of the last year across the departments, most published, a few drafts and withdrawn ones,
 * some edited after publication, so that /notices, the staff's notices page and the site search's 政务信息 tab
 * have something to show. Each goes through the notices' own rules (drafted, edited, published, withdrawn) and
 * is written with its whole history in one transaction.
 *
 * Idempotent: the ids (seed-0001…) are fixed; a notice that exists is left alone, so a second start writes nothing.
 */

export const defaultDemoNoticeCount = 300;
const demoSeed = 20261207;
const dayMs = 86_400_000;

export interface DemoNoticeReport {
  readonly planned: number;
  readonly created: number;
  readonly byKind: Readonly<Record<NoticeKind, number>>;
  readonly byStatus: Readonly<Record<string, number>>;
}

interface Plan {
  readonly record: NoticeRecord;
  readonly versions: readonly NoticeVersion[];
}

const chinaParts = (ms: number) => {
  const d = new Date(ms + 8 * 3600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
};

/** The notices of the seed, the same on every machine; `now` the current instant. */
export function planNotices(count: number, now: number): Plan[] {
  const random = new SeededRandom(demoSeed);
  const policies = new Map<string, NoticeRecord[]>();
  const plans: Plan[] = [];
  for (let n = 1; n <= count; n++) {
    const department = noticeDepartments[n % noticeDepartments.length]!;
    const staff: Principal = { sub: `demo-${department}`, username: `head-${department}`, roles: ['head'], department };
    const ownPolicies = policies.get(department) ?? [];
    const wanted = random.weighted<NoticeKind>([
      ['notice', 60],
      ['policy', 25],
      ['interpretation', 15],
    ]);
    const kind: NoticeKind = wanted === 'interpretation' && ownPolicies.length === 0 ? 'policy' : wanted;
    const publishedMs = now - random.int(1, 360) * dayMs - random.int(0, 9) * 3600_000;
    const draftedMs = publishedMs - random.int(1, 5) * dayMs;
    const { year, month } = chinaParts(publishedMs);
    const policy = kind === 'interpretation' ? random.pick(ownPolicies) : undefined;
    const words =
      kind === 'policy'
        ? policyWords(department, ownPolicies.length, year, month)
        : policy
          ? interpretationWords(department, policy.title, random)
          : noticeWords(department, random, year, month);
    const content = { kind, ...words, ...(policy ? { interprets: policy.noticeId } : {}) };
    const at = (ms: number) => new Date(ms).toISOString();
    const changes: NoticeChange[] = [
      drafted(`seed-${String(n).padStart(4, '0')}`, department, content, staff, at(draftedMs)),
    ];
    const last = () => changes.at(-1)!.record;
    const fate = random.weighted([
      ['published', 78],
      ['edited', 12],
      ['draft', 5],
      ['withdrawn', 5],
    ] as const);
    if (fate !== 'draft') changes.push(published(last(), last().version, staff, at(publishedMs)));
    if (fate === 'edited') {
      const correction = `${last().body}\n（${year}年${month}月更正：咨询电话更新为 12345。）`;
      changes.push(
        edited(last(), { ...content, body: correction, version: last().version }, staff, at(publishedMs + dayMs)),
      );
    }
    if (fate === 'withdrawn') {
      const reason = '内容已过时，以新发布的通知为准';
      changes.push(withdrawn(last(), { version: last().version, reason }, staff, at(publishedMs + 3 * dayMs)));
    }
    const record = last();
    if (kind === 'policy' && record.status === 'published') policies.set(department, [...ownPolicies, record]);
    plans.push({ record, versions: changes.map((c) => c.version) });
  }
  return plans;
}

/** Seeds the demo notices that do not exist yet (see the module comment). */
export async function seedDemoNotices(
  options: { count?: number; log?: (message: string) => void } = {},
): Promise<DemoNoticeReport> {
  const plans = planNotices(options.count ?? defaultDemoNoticeCount, nowMs());
  let created = 0;
  for (let i = 0; i < plans.length; i += 10) {
    const batch = plans.slice(i, i + 10);
    const written = await Promise.all(batch.map(({ record, versions }) => insertWithHistory(record, versions)));
    created += written.filter(Boolean).length;
  }
  const byKind: Record<NoticeKind, number> = { notice: 0, policy: 0, interpretation: 0 };
  const byStatus: Record<string, number> = {};
  for (const { record } of plans) {
    byKind[record.kind] += 1;
    byStatus[record.status] = (byStatus[record.status] ?? 0) + 1;
  }
  options.log?.(`demo notices: ${created} of ${plans.length} written`);
  return { planned: plans.length, created, byKind, byStatus };
}
