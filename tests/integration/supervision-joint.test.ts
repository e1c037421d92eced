import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { caseWhen, decideStep, fileOnlineCase, workItemFor } from '../support/cases.js';

/**
 * Joint review's figures in supervision through the API: a restaurant application (开餐馆一件事: market supervision
 * leads, environment and health review) filed on a Monday years ahead (no other test's joint cases share it) goes
 * through the departments' opinions — environment asks for a correction at once and, after the applicant's
 * correction on Tuesday 10:00, agrees on Wednesday 10:00 — and the lead's approval; the figures count each
 * department's opinions and time them; a head sees the cases their department reviews, no other department's.
 */

const dayMs = 86_400_000;
/** A Monday between 2031 and 2038 (no holiday calendar published: working days are Monday to Friday). */
const monday = new Date(Date.parse('2031-03-03T00:00:00Z') + randomInt(0, 400) * 7 * dayMs).toISOString().slice(0, 10);
const atDay = (offset: number, time = '10:00') =>
  new Date(Date.parse(`${monday}T${time}:00+08:00`) + offset * dayMs).toISOString();
const period = `?from=${monday}&to=${monday}`;
const restaurant = '440104-SJ-0007';
const lead = 'market-supervision';

type Row = {
  department: string;
  cases: number;
  leads: number;
  asked: number;
  given: number;
  open: number;
  byOutcome: Record<string, number>;
  time: { timed: number; medianDays: number | null; medianHours: number | null; averageHours: number | null };
};
const figures = async (user: string, query = period) =>
  api('GET', `/api/supervision/joint${query}`, { token: await tokenFor(user) });
const row = (body: { departments: Row[] }, department: string) =>
  body.departments.find((d) => d.department === department);

let caseId = '';
let whileReviewing: { departments: Row[]; byStage: { stage: string; cases: number }[] } | undefined;

beforeAll(async () => {
  await setCloudClock(atDay(0, '09:00'));
  caseId = (await fileOnlineCase('citizen1', restaurant)).body.caseId as string;
  await decideStep(caseId, 'officer2', 'accept', 'accept');
  await decideStep(caseId, 'officer2', 'opinion', 'agree');
  await decideStep(caseId, 'officer-health', 'opinion', 'agree_with_conditions', '开业前完成从业人员健康检查');
  await decideStep(caseId, 'officer-environment', 'opinion', 'request_correction', '请补充油烟净化设施说明');
  const waiting = await caseWhen(caseId, 'citizen1', (c) => c.status === 'needs_correction');
  await setCloudClock(atDay(1));
  const corrected = await api('POST', `/api/cases/${caseId}/correction`, {
    token: await tokenFor('citizen1'),
    body: { answers: waiting.answers, materials: [], version: waiting.version },
  });
  if (corrected.status !== 200) throw new Error(`correction failed: ${corrected.status}`);
  await workItemFor(caseId, 'officer-environment', 'opinion');
  whileReviewing = (await figures('supervisor1')).body;
  await setCloudClock(atDay(2));
  await decideStep(caseId, 'officer-environment', 'opinion', 'agree');
  await decideStep(caseId, 'head2', 'decide', 'approved', '同意');
  await caseWhen(caseId, 'citizen1', (c) => c.status === 'completed');
}, 180_000);

afterAll(async () => setCloudClock(undefined));

describe('GET /api/supervision/joint', () => {
  it('counts the opinion owed again after a correction while the department reviews', () => {
    expect(row(whileReviewing!, 'environment')).toMatchObject({ asked: 2, given: 1, open: 1 });
    expect(row(whileReviewing!, 'health')).toMatchObject({ asked: 1, given: 1, open: 0 });
    expect(whileReviewing!.byStage.find((s) => s.stage === 'opinions')?.cases).toBe(1);
  });

  it('gives the district the joint case by stage, each department’s opinions and times, and the decision', async () => {
    const res = await figures('supervisor1');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: { kind: 'district' }, truncated: false, limit: 500, cases: 1 });
    expect(res.body.byStage.find((s: { stage: string }) => s.stage === 'decided').cases).toBe(1);
    expect(res.body.departments.map((d: Row) => d.department)).toEqual([lead, 'health', 'environment']);
    expect(row(res.body, lead)).toMatchObject({ cases: 1, leads: 1, asked: 1, given: 1, byOutcome: { agree: 1 } });
    expect(row(res.body, 'health')).toMatchObject({ given: 1, byOutcome: { agree_with_conditions: 1, no_opinion: 0 } });
    const environment = row(res.body, 'environment')!;
    expect(environment).toMatchObject({
      asked: 2,
      given: 2,
      open: 0,
      byOutcome: { agree: 1, request_correction: 1, refuse: 0 },
    });
    // The request at once (0 days, ~0 h); the second opinion from Tuesday 10:00 to Wednesday 10:00 (1 day, 24 h).
    expect(environment.time).toMatchObject({ timed: 2, medianDays: 0.5 });
    expect(environment.time.averageHours).toBeGreaterThan(11.9);
    expect(environment.time.averageHours).toBeLessThan(12.2);
    expect(res.body.leadDecisions).toEqual([
      { outcome: 'approved', decisions: 1 },
      { outcome: 'rejected', decisions: 0 },
      { outcome: 'returned', decisions: 0 },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/officer-|油烟|健康检查|citizen1/);
  });

  it('gives a reviewing department’s head its own row, and refuses them another department', async () => {
    const own = await figures('head-environment');
    expect(own.status).toBe(200);
    expect(own.body.scope).toEqual({ kind: 'department', departments: ['environment'] });
    expect(own.body.cases).toBe(1);
    expect(own.body.departments.map((d: Row) => d.department)).toEqual(['environment']);
    const other = await figures('head-environment', `${period}&department=health`);
    expect(other.status).toBe(403);
    const outsider = await figures('head1');
    expect(outsider.body).toMatchObject({ cases: 0, departments: [{ department: 'civil-affairs', asked: 0 }] });
  });

  it('names the parameter it refuses, and refuses citizens', async () => {
    const bad = await figures('supervisor1', `?from=${monday}&sort=asc`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('sort');
    expect((await figures('citizen1')).status).toBe(403);
  });
});
