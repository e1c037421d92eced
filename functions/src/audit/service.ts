import { now as clockNow } from '../platform/clock.js';
import { z } from 'zod';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import { chainFor, chainId, chainShards, sealRecord } from './chain.js';
import { toCsv } from './csv.js';
import { auditBusy, auditEntryInvalid, auditQueryInvalid } from './errors.js';
import {
  auditEntryInput,
  auditSearchQuery,
  toView,
  type AuditEntry,
  type AuditEntryInput,
  type AuditPage,
  type AuditSearchQuery,
  type AuditView,
} from './model.js';
import * as store from './store.js';

/**
 * Appending: read the chain head, write seq+1 with a condition that the position is free, and on losing
 * a race re-read and retry with jittered backoff. The head this process wrote last is remembered, so a
 * warm function usually appends with a single PutItem. Appends to one chain from this process queue up
 * behind each other (a "lane"): racing our own writes would only turn n appends into n² requests, so
 * only writers in other processes ever contend.
 *
 * A put whose answer never came (a timeout, a 5xx after the SDK's own retries) may have landed. Before
 * trying another position, the service reads the positions it tried without an answer: if one holds the
 * record it sealed there (same hash), the entry is in the chain and is not written a second time; if not,
 * the position is free or someone else's, and the append goes on. No entry is missing or doubled.
 */
const maxAttempts = 30;
const backoffBaseMs = 4;
const backoffCapMs = 120;
const heads = new Map<string, store.ChainHead>();

const lanes = new Map<string, Promise<void>>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function inLane(chain: string, task: () => Promise<void>): Promise<void> {
  const run = (lanes.get(chain) ?? Promise.resolve()).then(task);
  const tail = run.catch(() => undefined);
  lanes.set(chain, tail);
  void tail.then(() => {
    if (lanes.get(chain) === tail) lanes.delete(chain);
  });
  return run;
}

export interface RecordAuditOptions {
  /** The clock; tests pin it to write to a chain of their own. */
  readonly now?: () => Date;
}

/** The actor part of an entry for a signed-in caller. */
export function auditActor(principal: Principal): AuditEntryInput['actor'] {
  return { sub: principal.sub, username: principal.username, roles: [...principal.roles] };
}

/**
 * Appends one entry to the hash-chained audit log; resolves once it is stored. Throws 500
 * AUDIT_ENTRY_INVALID for an entry that breaks the schema (e.g. personal data) and 503 AUDIT_BUSY when the
 * chain stayed contended through every retry.
 */
export async function recordAudit(entry: AuditEntryInput, options: RecordAuditOptions = {}): Promise<void> {
  const parsed = auditEntryInput.safeParse(entry);
  if (!parsed.success) throw auditEntryInvalid([...new Set(parsed.error.issues.map((i) => i.path.join('.')))]);
  const e = parsed.data;
  const now = options.now ?? clockNow;
  return inLane(chainFor(now().toISOString(), e.requestId), () => append(e, now));
}

interface UnansweredPut {
  chain: string;
  seq: number;
  hash: string;
}

/** True when one of the unanswered puts landed (its position holds its hash); the list is emptied once read. */
async function landedEarlier(unanswered: UnansweredPut[]): Promise<boolean> {
  for (const put of unanswered) {
    if ((await store.recordAt(put.chain, put.seq))?.hash === put.hash) {
      heads.delete(put.chain);
      logger.info('audit appended', { action: 'audit.append', chain: put.chain, seq: put.seq, hash: put.hash });
      return true;
    }
  }
  unanswered.length = 0;
  return false;
}

async function append(e: AuditEntry, now: () => Date): Promise<void> {
  const unanswered: UnansweredPut[] = [];
  let lastError: unknown;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const backoff = () => sleep(Math.random() * Math.min(backoffCapMs, backoffBaseMs * 2 ** attempt));
    try {
      const outcome = await tryAppend(e, now, unanswered);
      if (outcome === 'appended') return;
      // A stale remembered head is no contention: retry at once with a fresh read.
      if (outcome === 'taken') await backoff();
    } catch (error) {
      // The put or a read failed for good (after the SDK's retries): back off and look again.
      lastError = error;
      await backoff();
    }
  }
  throw lastError ?? auditBusy();
}

/**
 * One append attempt: `appended` once the entry is in the chain; `taken` when another record took its
 * position, `stale` when that position came from a remembered head (retry at once).
 */
async function tryAppend(
  e: AuditEntry,
  now: () => Date,
  unanswered: UnansweredPut[],
): Promise<'appended' | 'taken' | 'stale'> {
  if (unanswered.length > 0 && (await landedEarlier(unanswered))) return 'appended';
  // Stamped per attempt, so within a chain `at` follows the sequence.
  const at = now().toISOString();
  const chain = chainFor(at, e.requestId);
  const cached = heads.get(chain);
  const head = cached ?? (await store.readChainHead(chain));
  const seq = (head?.seq ?? 0) + 1;
  const record = sealRecord(
    {
      chain,
      seq,
      at,
      actor: e.actor.sub,
      actorUsername: e.actor.username,
      actorRoles: e.actor.roles,
      action: e.action,
      resourceType: e.resource.type,
      resourceId: e.resource.id,
      outcome: e.outcome,
      requestId: e.requestId,
      sourceIp: e.sourceIp,
      ...(e.details && Object.keys(e.details).length > 0 ? { details: e.details } : {}),
    },
    head?.hash,
  );
  let stored: boolean;
  try {
    stored = await store.appendRecord(record);
  } catch (error) {
    heads.delete(chain);
    unanswered.push({ chain, seq, hash: record.hash });
    throw error;
  }
  if (stored) {
    if (heads.size >= 4 * chainShards) heads.clear();
    heads.set(chain, { seq, hash: record.hash });
    // The head hash in CloudWatch (kept ≥ 365 days, out of the application's reach) is what exposes a
    // chain whose tail was cut off or that was recomputed: see verify.ts.
    logger.info('audit appended', { action: 'audit.append', chain, seq, hash: record.hash });
    return 'appended';
  }
  heads.delete(chain);
  return cached ? 'stale' : 'taken';
}

const maxDaysWithoutActor = 31;
const defaultDays = 7;
const dayMs = 86_400_000;

const actorCursor = z.object({
  m: z.literal('a'),
  k: z.object({ pk: z.string(), sk: z.string(), actor: z.string(), at: z.string() }),
});
const chainCursor = z.object({
  m: z.literal('c'),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  before: z.array(z.number().int().min(0).nullable()).length(chainShards),
});
const cursorSchema = z.discriminatedUnion('m', [actorCursor, chainCursor]);
type Cursor = z.infer<typeof cursorSchema>;

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

function decodeCursor(text: string): Cursor {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw auditQueryInvalid('The cursor is not one this search returned');
  }
}

const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - dayMs).toISOString().slice(0, 10);

/**
 * Supervisors' search, newest first. With an actor it reads the byActor index; otherwise it reads the
 * chains of each day in the range (at most 31 days). 400 AUDIT_QUERY_INVALID on bad filters or cursor.
 */
export async function searchAudit(query: AuditSearchQuery, now: Date = clockNow()): Promise<AuditPage> {
  const parsed = auditSearchQuery.safeParse(query);
  if (!parsed.success) {
    throw auditQueryInvalid(
      'Invalid audit search',
      parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    );
  }
  const q = parsed.data;
  const to = new Date(q.to ?? now).toISOString();
  const from = new Date(q.from ?? Date.parse(to) - defaultDays * dayMs).toISOString();
  if (from > to) throw auditQueryInvalid('"from" is after "to"');
  const cursor = q.cursor === undefined ? undefined : decodeCursor(q.cursor);
  const filter = { from, to, action: q.action, limit: q.limit };

  if (q.actor !== undefined) {
    if (cursor && (cursor.m !== 'a' || cursor.k.actor !== q.actor))
      throw auditQueryInvalid('The cursor belongs to another search');
    const out = await store.queryActor(q.actor, filter, cursor?.m === 'a' ? cursor.k : undefined);
    const page: AuditPage = { items: out.records.map(toView) };
    if (out.nextKey) {
      const { pk, sk, actor, at } = out.nextKey as Record<string, string>;
      page.cursor = encodeCursor({ m: 'a', k: { pk: pk!, sk: sk!, actor: actor!, at: at! } });
    }
    return page;
  }

  if (Date.parse(to) - Date.parse(from) > maxDaysWithoutActor * dayMs) {
    throw auditQueryInvalid(`Without an actor, search at most ${maxDaysWithoutActor} days at a time`);
  }
  if (cursor && cursor.m !== 'c') throw auditQueryInvalid('The cursor belongs to another search');
  const fromDay = from.slice(0, 10);
  let day = cursor?.m === 'c' ? cursor.day : to.slice(0, 10);
  let before: (number | null)[] = cursor?.m === 'c' ? [...cursor.before] : Array(chainShards).fill(null);
  const items: AuditView[] = [];

  while (day >= fromDay && items.length < q.limit) {
    const want = q.limit - items.length;
    const perShard = await Promise.all(
      before.map((b, shard) =>
        b !== null && b <= 1 ? [] : store.queryChain(chainId(day, shard), b ?? undefined, { ...filter, limit: want }),
      ),
    );
    // Each shard is newest first; merging them by time gives the day newest first.
    const merged = perShard
      .flatMap((records, shard) => records.map((record) => ({ record, shard })))
      .sort((a, b) => (a.record.at === b.record.at ? b.record.seq - a.record.seq : a.record.at < b.record.at ? 1 : -1));
    const taken = merged.slice(0, want);
    for (const { record, shard } of taken) {
      before[shard] = record.seq;
      items.push(toView(record));
    }
    if (merged.length < want) {
      // Every shard returned less than asked: the day is done.
      day = previousDay(day);
      before = Array(chainShards).fill(null);
    }
  }
  const page: AuditPage = { items };
  if (items.length === q.limit && day >= fromDay) {
    page.cursor = encodeCursor({ m: 'c', day, before });
  }
  return page;
}

export const auditCsvHeader = [
  'at',
  'actorSub',
  'actorUsername',
  'actorRoles',
  'action',
  'resourceType',
  'resourceId',
  'outcome',
  'requestId',
  'sourceIp',
  'details',
  'chain',
  'seq',
] as const;

const csvRow = (v: AuditView) => [
  v.at,
  v.actor.sub,
  v.actor.username,
  v.actor.roles.join(' '),
  v.action,
  v.resource.type,
  v.resource.id,
  v.outcome,
  v.requestId,
  v.sourceIp,
  v.details ? JSON.stringify(v.details) : '',
  v.chain,
  String(v.seq),
];

/**
 * The search result as an RFC 4180 CSV with a header row, newest first, up to `maxRows` rows
 * (`truncated` tells when more matched). Serve as `text/csv; charset=utf-8; header=present`.
 */
export async function exportAuditCsv(
  query: Omit<AuditSearchQuery, 'limit' | 'cursor'>,
  maxRows = 10_000,
  now: Date = clockNow(),
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  const rows: string[][] = [];
  let cursor: string | undefined;
  do {
    const page = await searchAudit({ ...query, limit: Math.min(200, maxRows - rows.length), cursor }, now);
    rows.push(...page.items.map(csvRow));
    cursor = page.cursor;
  } while (cursor && rows.length < maxRows);
  return { csv: toCsv(auditCsvHeader, rows), rows: rows.length, truncated: cursor !== undefined };
}
