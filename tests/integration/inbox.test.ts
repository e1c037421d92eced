import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { api, eventually, tokenFor } from '../support/api.js';
import { decideStep, fileOnlineCase, workItemFor } from '../support/cases.js';

/** The staff inbox: filters, counts, pages, remaining working days and the audit of the read. */

const env = inject('cloud').env;
const dynamo = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'ap-east-1',
    endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);

const item = '440104-SJ-0001';
const officer = 'officer2';

interface Row {
  workItemId: string;
  caseId: string;
  caseNumber: string;
  itemCode?: string;
  applicantMasked?: string;
  submittedAt?: string;
  step: string;
  claim: string;
  due: string;
  remainingWorkingDays?: number;
  level?: string;
}

const inbox = async (query = '', user = officer) =>
  api('GET', `/api/work-items${query}`, { token: await tokenFor(user) });

let caseIds: string[] = [];
let caseNumbers: string[] = [];

beforeAll(async () => {
  const filed: { caseId: string; caseNumber: string }[] = [];
  for (let batch = 0; batch < 3; batch += 1) {
    const results = await Promise.all(Array.from({ length: 7 }, () => fileOnlineCase('citizen1', item)));
    filed.push(...results.map((r) => ({ caseId: r.body.caseId as string, caseNumber: r.body.caseNumber as string })));
  }
  caseIds = filed.map((f) => f.caseId);
  caseNumbers = filed.map((f) => f.caseNumber);
  await Promise.all(caseIds.map((id) => workItemFor(id, officer, 'accept', 60_000)));
}, 240_000);

describe('GET /api/work-items', () => {
  it('pages the inbox 20 at a time with a cursor, every item once, most urgent first', async () => {
    const first = await inbox('?limit=20');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(20);
    expect(first.body.total).toBeGreaterThanOrEqual(21);
    expect(typeof first.body.nextCursor).toBe('string');
    const seen: Row[] = [...first.body.items];
    let cursor: string | undefined = first.body.nextCursor;
    while (cursor) {
      const next = await inbox(`?limit=100&cursor=${encodeURIComponent(cursor)}`);
      expect(next.status).toBe(200);
      seen.push(...next.body.items);
      cursor = next.body.nextCursor;
    }
    expect(new Set(seen.map((r) => r.workItemId)).size).toBe(seen.length);
    for (const number of caseNumbers) expect(seen.map((r) => r.caseNumber)).toContain(number);
  });

  it('shows the applicant masked, the item, the step and when the case was submitted', async () => {
    const res = await inbox(`?q=${encodeURIComponent(caseNumbers[0]!)}`);
    expect(res.body.total).toBe(1);
    const [row] = res.body.items as Row[];
    expect(row).toMatchObject({ caseNumber: caseNumbers[0], itemCode: item, step: 'accept', claim: 'unclaimed' });
    expect(row!.applicantMasked).toMatch(/^\S\*+/);
    expect(Number.isNaN(Date.parse(row!.submittedAt ?? ''))).toBe(false);
    expect(JSON.stringify(res.body)).not.toContain('taskToken');
  });

  it('filters by step, item, status, claim and counts the whole inbox per kind, step, status, claim and due state', async () => {
    const claimed = await workItemFor(caseIds[1]!, officer, 'accept');
    const claim = await api('POST', `/api/work-items/${claimed.workItemId}/claim`, { token: await tokenFor(officer) });
    expect(claim.status).toBe(200);

    const mine = await inbox('?claim=mine&limit=100');
    expect((mine.body.items as Row[]).map((r) => r.workItemId)).toContain(claimed.workItemId);
    expect((mine.body.items as Row[]).every((r) => r.claim === 'mine')).toBe(true);
    const unclaimed = await inbox('?claim=unclaimed&limit=100&step=accept');
    expect((unclaimed.body.items as Row[]).map((r) => r.workItemId)).not.toContain(claimed.workItemId);
    expect((unclaimed.body.items as Row[]).every((r) => r.claim === 'unclaimed' && r.step === 'accept')).toBe(true);

    const all = await inbox('?limit=100');
    const counts = all.body.counts;
    expect(counts.all).toBe(all.body.total);
    // Cases' steps, letters to answer and official documents' steps share the one inbox.
    expect(counts.kind.case + counts.kind.letter + counts.kind.officialDocument).toBe(counts.all);
    expect(counts.claim.mine + counts.claim.unclaimed + counts.claim.others).toBe(counts.all);
    expect(counts.due.overdue + counts.due.soon + counts.due.ok).toBe(counts.all);
    expect(Object.values(counts.step as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(counts.all);
    expect(Object.values(counts.status as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(counts.all);
    expect(counts.claim.mine).toBe(mine.body.total);
    // Filters narrow the list, never the counts.
    expect(mine.body.counts).toEqual(counts);

    const otherItem = await inbox('?item=440104-MZ-0007&limit=100');
    expect((otherItem.body.items as Row[]).some((r) => caseIds.includes(r.caseId))).toBe(false);
    const thisItem = await inbox(`?item=${item}&limit=100`);
    expect((thisItem.body.items as Row[]).every((r) => r.itemCode === item)).toBe(true);

    // Freshly filed cases are new; none of them shows under returned.
    const fresh = await inbox(`?status=new&q=${encodeURIComponent(caseNumbers[3]!)}`);
    expect(fresh.body.items).toHaveLength(1);
    expect(fresh.body.items[0]).toMatchObject({ state: 'new' });
    expect(fresh.body.items[0].returned).toBeUndefined();
    const returned = await inbox('?status=returned&limit=100');
    expect((returned.body.items as Row[]).some((r) => caseIds.includes(r.caseId))).toBe(false);
    expect(returned.body.total).toBe(counts.status.returned);
  });

  it('counts remaining working days with the clock and filters overdue items', async () => {
    const caseId = caseIds[2]!;
    await decideStep(caseId, officer, 'accept', 'accept');
    const next = await eventually(async () => {
      for (const user of [officer, 'head2']) {
        const res = await inbox(`?caseId=${caseId}`, user);
        const row = (res.body.items as Row[]).find((r) => r.step !== 'accept');
        if (row) return { row, user };
      }
      return undefined;
    }, 30_000);
    expect(typeof next.row.remainingWorkingDays).toBe('number');
    expect(next.row.remainingWorkingDays).toBeGreaterThanOrEqual(0);
    expect(['green', 'yellow']).toContain(next.row.level);

    // As if the case had been accepted a year ago: overdue, red, a negative count of working days left.
    await dynamo.send(
      new UpdateCommand({
        TableName: env.TABLE_CORE,
        Key: { pk: `WORKITEM#${next.row.workItemId}`, sk: 'META' },
        UpdateExpression: 'SET clock.acceptedAt = :at',
        ExpressionAttributeValues: { ':at': new Date(Date.now() - 365 * 86_400_000).toISOString() },
      }),
    );
    const overdue = await inbox('?due=overdue&limit=100', next.user);
    const row = (overdue.body.items as Row[]).find((r) => r.workItemId === next.row.workItemId);
    expect(row).toMatchObject({ due: 'overdue', level: 'red' });
    expect(row!.remainingWorkingDays).toBeLessThan(0);
    const ok = await inbox('?due=ok&limit=100', next.user);
    expect((ok.body.items as Row[]).map((r) => r.workItemId)).not.toContain(next.row.workItemId);
  });

  it('refuses bad filters naming the field', async () => {
    for (const [query, field] of [
      ['?limit=5', 'limit'],
      ['?limit=101', 'limit'],
      ['?claim=everyone', 'claim'],
      ['?due=later', 'due'],
      ['?status=open', 'status'],
      ['?step=sign', 'step'],
      ['?item=MZ', 'item'],
      ['?cursor=not-a-cursor', 'cursor'],
      ['?colour=red', 'colour'],
    ] as const) {
      const res = await inbox(query);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body.error), query).toContain(field);
    }
  });

  it('audits the read as a read of personal data, with how many rows were shown', async () => {
    await inbox('?limit=20');
    const sub = demoUsers.find((u) => u.username === officer)!.sub;
    const records = await eventually(async () => {
      const res = await api('GET', `/api/audit?actor=${sub}&action=workitems.list&limit=50`, {
        token: await tokenFor('supervisor1'),
      });
      const found = (res.body.items as { action: string; details?: Record<string, string> }[]).filter(
        (r) => r.action === 'workitems.list' && r.details?.shown === '20',
      );
      return found.length > 0 ? found : undefined;
    }, 10_000);
    expect(records[0]!.details!.total).toMatch(/^\d+$/);
  });
});
