import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { documentAt } from '../support/official-documents.js';

/**
 * The official documents' figures in supervision through the API: a notice of civil affairs drafted, reviewed and
 * signed on a Monday years ahead (no other test's documents share the day) reaches market supervision (main) and
 * health (copy); nobody registers it, so a week later both registrations are past their limit of 2 working days.
 * A head sees their own department's side only.
 */

const dayMs = 86_400_000;
/** A Monday between 2031 and 2038 (no holiday calendar published: working days are Monday to Friday). */
const monday = new Date(Date.parse('2031-03-03T00:00:00Z') + randomInt(0, 400) * 7 * dayMs).toISOString().slice(0, 10);
const atDay = (offset: number, time = '10:00') =>
  new Date(Date.parse(`${monday}T${time}:00+08:00`) + offset * dayMs).toISOString();
const period = `?from=${monday}&to=${monday}`;

type Step = { step: string; done: number; late: number; open: number; overdue: number };
type Figures = {
  documents: number;
  byType: { type: string; documents: number; byStatus: Record<string, number> }[];
  receipts: number;
  receiptsByStatus: Record<string, number>;
  steps: Step[];
  scope: { departments: string[] };
};
const figures = async (user: string, query = period) =>
  api<Figures>('GET', `/api/supervision/documents${query}`, { token: await tokenFor(user) });
const step = (body: Figures, name: string) => body.steps.find((s) => s.step === name);

beforeAll(async () => {
  await setCloudClock(atDay(0, '09:00'));
  await documentAt('signed');
}, 120_000);

afterAll(async () => setCloudClock(undefined));

describe('GET /api/supervision/documents', () => {
  it('counts the signed notice, its review and signing, and the two registrations waiting', async () => {
    const res = await figures('supervisor1');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.documents).toBe(1);
    expect(res.body.byType).toEqual([
      { type: 'notice', documents: 1, byStatus: { draft: 0, review: 0, signing: 0, signed: 1 } },
    ]);
    expect(res.body.receipts).toBe(2);
    expect(res.body.receiptsByStatus).toEqual({ pending: 2, registered: 0, proposed: 0, decided: 0, handled: 0 });
    expect(step(res.body, 'review')).toMatchObject({ done: 1, late: 0, open: 0 });
    expect(step(res.body, 'signing')).toMatchObject({ done: 1, late: 0, open: 0 });
    expect(step(res.body, 'registration')).toMatchObject({ done: 0, open: 2, overdue: 0 });
  });

  it('shows both registrations overdue a week later', async () => {
    await setCloudClock(atDay(7));
    const res = await figures('supervisor1');
    expect(step(res.body, 'registration')).toMatchObject({ open: 2, overdue: 2 });
  });

  it("keeps a head to their department's documents and receipts", async () => {
    const drafting = await figures('head1');
    expect(drafting.status).toBe(200);
    expect(drafting.body.scope.departments).toEqual(['civil-affairs']);
    expect(drafting.body).toMatchObject({ documents: 1, receipts: 0 });
    const receiving = await figures('head2');
    expect(receiving.body.scope.departments).toEqual(['market-supervision']);
    expect(receiving.body).toMatchObject({ documents: 0, receipts: 1 });
    const other = await figures('head1', `${period}&department=health`);
    expect(other.status).toBe(403);
  });

  it('refuses a bad date, naming the parameter', async () => {
    const res = await figures('supervisor1', '?from=2031-02-30');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('from');
  });
});
