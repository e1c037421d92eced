import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { badRequest } from '../platform/errors.js';
import { normalizeText, queryTerms } from '../search/segmenter.js';
import { characterTerm, listKey, numberKey, termKey } from './archive-index.js';
import type { ArchiveSearchQuery, CatalogueLine } from './archive-model.js';

/**
 * The catalogue searched on its index (archive-index.ts), a bounded Query per department whatever the archive's
 * size, paged by a cursor (the sort key the last page stopped at), newest first:
 * - words (q): the postings of the query's most selective term (its longest; a lone Han character by its
 *   character posting), newest first, each candidate kept when every other term has a posting for it (one
 *   BatchGet a page of candidates); type and year filter the postings. At most `scanBudget` postings are read a
 *   department a page: a page that stops there says so by its cursor, and the next continues from there;
 * - number: the number index by its beginning, in number order;
 * - otherwise: the department's list, by year and type when given.
 * Several departments (the supervision office's district-wide search): each is read to a page and the pages merged
 * in order; the cursor is where every department has been read to, so nothing is skipped or shown twice.
 */

export const archivePageSize = 20;
/** Postings read a department a page, at most (a broad word in a large department ends a page early). */
export const scanBudget = 1000;

type Line = CatalogueLine & { sk: string };
interface Plan {
  pk: (department: string) => string;
  /** Newest first (time keys), or ascending (number keys). */
  descending: boolean;
  prefix?: string;
  filter?: { type?: string; year?: number; number?: string };
  /** Other terms a candidate must have (posting keys by department). */
  others?: string[];
}
interface Cursor {
  b: string;
  /** Whether the boundary item itself is still to show. */
  i: boolean;
}
interface Scanned {
  matches: Line[];
  /** Where the department was read to (undefined: to its end). */
  stop?: string;
}

const table = () => config().tables.core;

export function parseCursor(cursor: string | undefined): Cursor | undefined {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof parsed.b === 'string' && typeof parsed.i === 'boolean') return parsed;
  } catch {
    // below
  }
  throw badRequest('INVALID_INPUT', 'cursor: not a cursor this search gave', {
    fields: [{ field: 'cursor', message: 'cursor: not a cursor this search gave' }],
  });
}
const cursorOf = (c: Cursor) => Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');

function planOf(query: ArchiveSearchQuery): Plan {
  const terms = query.q ? queryTerms(query.q) : [];
  const keys = terms.map(({ term, script }) => (script === 'han' && term.length === 1 ? characterTerm(term) : term));
  if (keys.length > 0) {
    // The longest term is the likeliest rare one; a character posting is the broadest.
    const ordered = [...new Set(keys)].sort(
      (a, b) => Number(a.startsWith('C:')) - Number(b.startsWith('C:')) || b.length - a.length,
    );
    const [first, ...others] = ordered as [string, ...string[]];
    return {
      pk: (d) => termKey(d, first),
      descending: true,
      filter: { type: query.type, year: query.year, number: query.number ? normalizeText(query.number) : undefined },
      others,
    };
  }
  if (query.number) {
    return {
      pk: numberKey,
      descending: false,
      prefix: normalizeText(query.number),
      filter: { type: query.type, year: query.year },
    };
  }
  return { pk: (d) => listKey(d, query.year, query.type), descending: true };
}

function keyCondition(plan: Plan, department: string, cursor: Cursor | undefined) {
  const values: Record<string, unknown> = { ':pk': plan.pk(department) };
  if (plan.prefix !== undefined) {
    values[':from'] = cursor ? (cursor.i ? cursor.b : `${cursor.b}\u0000`) : plan.prefix;
    values[':to'] = `${plan.prefix}\uffff`;
    return { expression: 'pk = :pk AND sk BETWEEN :from AND :to', values };
  }
  if (!cursor) return { expression: 'pk = :pk', values };
  values[':b'] = cursor.b;
  return { expression: `pk = :pk AND sk ${cursor.i ? '<=' : '<'} :b`, values };
}

function filterOf(plan: Plan) {
  const parts: string[] = [];
  const values: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  if (plan.filter?.type) {
    parts.push('#type = :type');
    names['#type'] = 'type';
    values[':type'] = plan.filter.type;
  }
  if (plan.filter?.year) {
    parts.push('#year = :year');
    names['#year'] = 'year';
    values[':year'] = plan.filter.year;
  }
  return parts.length ? { FilterExpression: parts.join(' AND '), names, values } : undefined;
}

/** Which candidates have a posting for every other term. */
async function withEveryTerm(plan: Plan, department: string, candidates: Line[]): Promise<Line[]> {
  let kept = candidates;
  for (const term of plan.others ?? []) {
    if (kept.length === 0) break;
    const found = new Set<string>();
    for (let i = 0; i < kept.length; i += 100) {
      let keys: Record<string, unknown>[] = kept
        .slice(i, i + 100)
        .map((c) => ({ pk: termKey(department, term), sk: c.sk }));
      while (keys.length > 0) {
        const out = await dynamoClient().send(
          new BatchGetCommand({ RequestItems: { [table()!]: { Keys: keys, ProjectionExpression: 'sk' } } }),
        );
        for (const item of out.Responses?.[table()!] ?? []) found.add(String(item.sk));
        keys = (out.UnprocessedKeys?.[table()!]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    kept = kept.filter((c) => found.has(c.sk));
  }
  return kept;
}

/** One department read from the cursor until a page and one more match, its end, or the scan budget. */
async function scanDepartment(plan: Plan, department: string, cursor: Cursor | undefined): Promise<Scanned> {
  const key = keyCondition(plan, department, cursor);
  const filter = filterOf(plan);
  const matches: Line[] = [];
  let start: Record<string, unknown> | undefined;
  let read = 0;
  do {
    const out = await dynamoClient().send(
      new QueryCommand({
        TableName: table(),
        KeyConditionExpression: key.expression,
        ...(filter ? { FilterExpression: filter.FilterExpression, ExpressionAttributeNames: filter.names } : {}),
        ExpressionAttributeValues: { ...key.values, ...filter?.values },
        ScanIndexForward: !plan.descending,
        Limit: plan.others?.length || plan.filter?.number ? 200 : archivePageSize + 1,
        ExclusiveStartKey: start,
      }),
    );
    read += out.ScannedCount ?? 0;
    let page = (out.Items ?? []).map((i) => i as Line);
    if (plan.filter?.number) page = page.filter((l) => normalizeText(l.number).includes(plan.filter!.number!));
    matches.push(...(await withEveryTerm(plan, department, page)));
    start = out.LastEvaluatedKey;
    if (matches.length > archivePageSize) {
      return { matches: matches.slice(0, archivePageSize + 1), stop: matches[archivePageSize]!.sk };
    }
    if (start && read >= scanBudget) return { matches, stop: String(start.sk) };
  } while (start);
  return { matches };
}

/** The search over the departments: a page, and the cursor of the next if there is more. */
export async function searchIndex(
  departments: readonly string[],
  query: ArchiveSearchQuery,
): Promise<{ items: CatalogueLine[]; nextCursor?: string }> {
  const plan = planOf(query);
  const cursor = parseCursor(query.cursor);
  const scanned = await Promise.all(departments.map((d) => scanDepartment(plan, d, cursor)));
  const before = (a: string, b: string) => (plan.descending ? a > b : a < b);
  // Read to the same point in every department: the last stop in reading order.
  const stops = scanned.flatMap((s) => (s.stop === undefined ? [] : [s.stop]));
  const stop = stops.reduce<string | undefined>((s, x) => (s === undefined || before(s, x) ? x : s), undefined);
  const complete = scanned
    .flatMap((s) => s.matches)
    .filter((l) => stop === undefined || before(l.sk, stop) || l.sk === stop)
    .sort((a, b) => (a.sk === b.sk ? 0 : before(a.sk, b.sk) ? -1 : 1));
  const page = complete.slice(0, archivePageSize);
  const strip = ({ sk: _sk, ...line }: Line & Record<string, unknown>) => {
    delete line.pk;
    return line as CatalogueLine;
  };
  let next: Cursor | undefined;
  if (complete.length > archivePageSize) next = { b: page.at(-1)!.sk, i: false };
  // Every department was read to `stop` (inclusive) and all it held is on this page: on from there.
  else if (stop !== undefined) next = { b: stop, i: false };
  return { items: page.map(strip), ...(next ? { nextCursor: cursorOf(next) } : {}) };
}
