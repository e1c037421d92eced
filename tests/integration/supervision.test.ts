import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, eventually, origin, setCloudClock, tokenFor } from '../support/api.js';
import { uploadDocument } from '../support/documents.js';

/** An online civil-affairs item with accept, review (officer) and decide (head) steps: 高龄老人津贴申领. */
const item = '440104-MZ-0007';

interface Guide {
  form: { sections: { fields: { id: string; example?: unknown }[] }[] };
  materials: { required: boolean }[];
}

/** The item's filled sample (each field's example) and one uploaded PDF per required material, as `user`. */
async function application(user: string) {
  const guide = (await api<Guide>('GET', `/api/services/${item}`)).body;
  const fields = guide.form.sections.flatMap((s) => s.fields);
  const answers = Object.fromEntries(fields.filter((f) => f.example !== undefined).map((f) => [f.id, f.example]));
  const token = await tokenFor(user);
  const materials: { material: number; documentIds: string[] }[] = [];
  for (const [index, material] of guide.materials.entries()) {
    if (material.required) materials.push({ material: index, documentIds: [await uploadDocument(token)] });
  }
  return { itemCode: item, answers, materials, submissionToken: randomUUID() };
}

async function fileOnline(): Promise<{ caseId: string; caseNumber: string }> {
  const res = await api('POST', '/api/cases', {
    token: await tokenFor('citizen1'),
    body: await application('citizen1'),
  });
  if (res.status !== 201) throw new Error(`filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function fileAtCounter(): Promise<{ caseId: string; caseNumber: string }> {
  const body = { ...(await application('clerk1')), pickup: { method: 'download' }, identityChecked: true };
  const res = await api('POST', '/api/counter/cases', { token: await tokenFor('clerk1'), body });
  if (res.status !== 201) throw new Error(`counter filing failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Decides the case's open work item of `step` as `user`, once the workflow opened it. */
async function decide(caseId: string, user: string, step: string, outcome: string, comment = '') {
  const token = await tokenFor(user);
  const workItem = await eventually(async () => {
    const inbox = await api('GET', `/api/work-items?caseId=${caseId}`, { token });
    return (inbox.body.items as { caseId: string; workItemId: string; step: string }[]).find(
      (i) => i.caseId === caseId && i.step === step,
    );
  }, 30_000);
  const res = await api('POST', `/api/work-items/${workItem.workItemId}/decision`, {
    token,
    body: { outcome, comment },
  });
  if (res.status !== 200) throw new Error(`decision failed: ${res.status} ${JSON.stringify(res.body)}`);
}

async function statusBecomes(caseId: string, status: string) {
  const token = await tokenFor('supervisor1');
  return eventually(async () => {
    const res = await api('GET', `/api/cases/${caseId}`, { token });
    return res.body.status === status ? res.body : undefined;
  }, 30_000);
}

async function summary(user: string, query = '') {
  return api('GET', `/api/supervision/summary${query}`, { token: await tokenFor(user) });
}

async function csv(user: string, query = '') {
  const res = await fetch(`${origin()}/api/supervision/export${query}`, {
    headers: { authorization: `Bearer ${await tokenFor(user)}` },
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const civil = (body: { departments: { department: string }[] }) =>
  body.departments.find((d) => d.department === 'civil-affairs') as any;

describe('supervision of case handling', () => {
  let before: any;
  const filed: Record<'completed' | 'open' | 'refused' | 'counter', { caseId: string; caseNumber: string }> =
    {} as never;

  // The cases are filed on a set day (a Wednesday, 11:00 in China), so "filed today" cannot cross midnight.
  const day = '2026-11-25';
  beforeAll(async () => {
    await setCloudClock(`${day}T03:00:00.000Z`);
    before = (await summary('supervisor1', '?department=civil-affairs')).body;
    [filed.completed, filed.open, filed.refused, filed.counter] = await Promise.all([
      fileOnline(),
      fileOnline(),
      fileOnline(),
      fileAtCounter(),
    ]);
    await Promise.all([
      (async () => {
        await decide(filed.completed.caseId, 'officer1', 'accept', 'accept');
        await decide(filed.completed.caseId, 'officer1', 'review', 'approve');
        await decide(filed.completed.caseId, 'head1', 'decide', 'approved', '符合条件');
        await statusBecomes(filed.completed.caseId, 'completed');
        const rated = await api('POST', `/api/cases/${filed.completed.caseId}/rating`, {
          token: await tokenFor('citizen1'),
          body: { score: 5, comment: '办得很快' },
        });
        if (rated.status !== 200) throw new Error(`rating failed: ${JSON.stringify(rated.body)}`);
      })(),
      (async () => {
        await decide(filed.open.caseId, 'officer1', 'accept', 'accept');
        await statusBecomes(filed.open.caseId, 'in_review');
      })(),
      (async () => {
        await decide(filed.refused.caseId, 'officer1', 'accept', 'reject', '不属于本部门职责');
        await statusBecomes(filed.refused.caseId, 'not_accepted');
      })(),
      statusBecomes(filed.counter.caseId, 'in_review'),
    ]);
  }, 180_000);
  afterAll(() => setCloudClock(undefined));

  it('counts the new cases by status, channel, timeliness and rating', async () => {
    const started = performance.now();
    const res = await summary('supervisor1', '?department=civil-affairs');
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    const after = res.body;
    const delta = (pick: (figures: any) => number) => pick(civil(after)) - pick(civil(before));
    expect(delta((f) => f.cases)).toBe(4);
    expect(delta((f) => f.byStatus.completed)).toBe(1);
    expect(delta((f) => f.byStatus.not_accepted)).toBe(1);
    expect(delta((f) => f.byStatus.in_review)).toBe(2);
    expect(delta((f) => f.finished)).toBe(2);
    expect(delta((f) => f.open)).toBe(2);
    expect(delta((f) => f.decided)).toBe(1);
    expect(delta((f) => f.onTime)).toBe(1);
    expect(delta((f) => f.channels.online)).toBe(3);
    expect(delta((f) => f.channels.counter)).toBe(1);
    expect(delta((f) => f.satisfaction.rated)).toBe(1);
    expect(civil(after).satisfaction.average).toBeGreaterThan(0);
    expect(after.onlineTarget).toBe(0.95);
    expect(after.scope).toEqual({ kind: 'district', departments: ['civil-affairs'] });
    expect(after.total).toEqual(Object.fromEntries(Object.entries(civil(after)).filter(([k]) => k in after.total)));
    console.info(`supervision summary of ${after.total.cases} civil-affairs cases: ${ms.toFixed(0)} ms`);
  });

  it('shows the whole district to a supervisor and one department to its head', async () => {
    const district = (await summary('supervisor1')).body;
    expect(district.scope.kind).toBe('district');
    expect(district.departments.length).toBeGreaterThanOrEqual(15);
    expect(district.total.cases).toBe(
      district.departments.reduce((sum: number, d: { cases: number }) => sum + d.cases, 0),
    );

    const head = await summary('head1');
    expect(head.status).toBe(200);
    expect(head.body.scope).toEqual({ kind: 'department', departments: ['civil-affairs'] });
    expect(head.body.departments.map((d: { department: string }) => d.department)).toEqual(['civil-affairs']);
    expect(civil(head.body).cases).toBe(civil(district).cases);

    const other = await summary('head1', '?department=market-supervision');
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('FORBIDDEN');
    expect((await csv('head1', '?department=market-supervision')).status).toBe(403);
  });

  it('limits the figures to the cases filed in the period', async () => {
    const none = (await summary('supervisor1', '?from=2020-01-01&to=2020-12-31')).body;
    expect(none.total.cases).toBe(0);
    expect(none.period).toEqual({ from: '2020-01-01', to: '2020-12-31' });
    const recent = (await summary('supervisor1', `?department=civil-affairs&from=${day}&to=${day}`)).body;
    expect(civil(recent).cases).toBeGreaterThanOrEqual(4);
  });

  it('refuses bad parameters with a 400 that names them', async () => {
    for (const [query, field] of [
      ['?department=mayor', 'department'],
      ['?from=2026-02-30', 'from'],
      ['?from=2026-05-02&to=2026-05-01', 'to'],
      ['?since=2026-01-01', 'since'],
    ] as const) {
      const res = await summary('supervisor1', query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    expect((await csv('supervisor1', '?to=tomorrow')).status).toBe(400);
  });

  it('exports one CSV row per case with the handling and no personal data', async () => {
    const res = await csv('supervisor1', '?department=civil-affairs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('x-truncated')).toBe('false');
    const lines = res.text.split('\r\n');
    expect(lines[0]).toBe(
      'caseNumber,itemCode,itemNameZh,itemNameEn,department,channel,status,createdAt,acceptedAt,dueDate,decidedAt,onTime,rating,' +
        'acceptBy,acceptRole,acceptAt,acceptOutcome,acceptOpinion,reviewBy,reviewRole,reviewAt,reviewOutcome,reviewOpinion,decideBy,decideRole,decideAt,decideOutcome,decideOpinion',
    );
    const row = (caseNumber: string) => lines.find((l) => l.startsWith(`${caseNumber},`))?.split(',');
    const completed = row(filed.completed.caseNumber);
    expect(completed?.slice(0, 7)).toEqual([
      filed.completed.caseNumber,
      item,
      '高龄老人津贴申领',
      'Allowance for people aged 80 and over',
      'civil-affairs',
      'online',
      'completed',
    ]);
    expect(completed?.slice(11, 13)).toEqual(['yes', '5']);
    expect(row(filed.counter.caseNumber)?.slice(5, 7)).toEqual(['counter', 'in_review']);
    expect(row(filed.refused.caseNumber)?.slice(6, 9)).toEqual(['not_accepted', expect.any(String), '']);
    expect(row(filed.open.caseNumber)?.[9]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const personal of ['张晓明', '13800138000', '办得很快', '示例路']) expect(res.text).not.toContain(personal);
  });

  it('records each export in the audit trail', async () => {
    await csv('supervisor1', '?department=civil-affairs');
    const audit = await api('GET', '/api/audit?action=supervision.export&limit=5', {
      token: await tokenFor('supervisor1'),
    });
    expect(audit.status).toBe(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'supervision.export', actor: { username: 'supervisor1' } });
    expect(audit.body.items[0].details).toMatchObject({ truncated: 'false' });
  });
});
