import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { sweepDeadlines } from '../../functions/src/cases/sweep.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { residentIdCheckCharacter } from '../../functions/src/platform/personal-data/resident-id.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { csvLine } from '../../functions/src/registries/csv.js';
import { columns, registryKinds } from '../../functions/src/registries/model.js';
import { computeQuality, recomputeQualityWhenDue } from '../../functions/src/registries/quality.js';
import { api, eventually, setCloudClock, tokenFor } from '../support/api.js';
import { seededBuilding } from './fixtures/registry-fixtures.js';

/**
 * The registries' stored quality report: recomputed after an import (near-duplicates, validity per field), by
 * the periodic sweep once a day under a moved platform clock, staleness against that clock; and the drill-down
 * route: stewards and supervisors only, persons masked, each page audited.
 */
const env = inject('cloud').env;
const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;
const idOf = (seventeen: string) => `${seventeen}${residentIdCheckCharacter(seventeen)}`;
// Born 1931-05-05, far from the demo population's numbers; two names one character apart at one building.
const first = idOf('44010419310505901');
const second = idOf('44010419310505903');
const personsCsv = () =>
  [
    [...columns.persons],
    [first, '欧阳小明', '汉族', 'hukou', 'beijing', 'beijing-01', seededBuilding, '', ''],
    [second, '欧阳晓明', '汉族', 'hukou', 'beijing', 'beijing-01', seededBuilding, '', ''],
    [idOf('44010419310505905'), '欧阳大明', '汉族', 'hukou', 'beijing', '', '', '', '12345'],
  ]
    .map(csvLine)
    .join('');

type Quality = { registry: string; computedAt?: string; records: number; duplicates: number; stale: number } & Record<
  string,
  any
>;
async function quality(username = 'steward1'): Promise<Record<string, Quality>> {
  const res = await api('GET', '/api/registries/quality', { token: await tokenFor(username) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return Object.fromEntries((res.body.registries as Quality[]).map((r) => [r.registry, r]));
}

const issuesPath = (query: Record<string, string>) =>
  `/api/registries/quality/issues?${new URLSearchParams(query).toString()}`;

/** Every listed record of one figure, page by page. */
async function allIssues(query: Record<string, string>) {
  const token = await tokenFor('steward1');
  const items: { label: string; detail?: string }[] = [];
  let cursor: string | undefined;
  do {
    const res = await api('GET', issuesPath({ ...query, ...(cursor ? { cursor } : {}) }), { token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(20);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}

describe('the registries’ stored quality report', () => {
  beforeAll(() => {
    // The sweep runs in this process against the same local cloud, as the local timer does.
    Object.assign(process.env, env);
    resetConfig();
    resetClients();
    resetKeyService();
  });
  afterAll(async () => {
    // Leave figures computed at the real time behind, so the cloud's own schedule carries on from now.
    await setCloudClock(undefined);
    for (const kind of registryKinds) await computeQuality(kind);
  });

  it('is recomputed after an import: near-duplicate names at one building and refused rows per field', async () => {
    // Measured now, so the figures before count what other files imported straight through importCsv (which
    // leaves the stored report to its caller); vitest orders the files by size on a clean clone.
    await computeQuality('persons');
    const before = await quality();
    const res = await api('POST', '/api/registries/imports', {
      token: await tokenFor('steward1'),
      body: {
        registry: 'persons',
        fileName: 'near-duplicates.csv',
        encoding: 'utf-8',
        contentBase64: Buffer.from(personsCsv()).toString('base64'),
        reason: '质量测试',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ created: 2, rejected: 1 });
    const after = await quality();
    expect(after.persons!.computedAt! > before.persons!.computedAt!).toBe(true);
    expect(after.persons!.records).toBe(before.persons!.records + 2);
    expect(after.persons!.duplicates).toBe(before.persons!.duplicates + 2);
    expect(after.persons!.invalid).toBe(1);
    expect(after.persons!.fields.find((f: { field: string }) => f.field === 'phone')).toMatchObject({ invalid: 1 });
    // Only the imported registry was measured again.
    expect(after.buildings!.computedAt).toBe(before.buildings!.computedAt);

    const listed = await allIssues({ registry: 'persons', problem: 'nearDuplicate', field: 'name' });
    const masked = (id: string) => `440104********${id.slice(14)} 欧***`;
    expect(listed).toEqual(
      expect.arrayContaining([
        { label: masked(first), detail: seededBuilding },
        { label: masked(second), detail: seededBuilding },
      ]),
    );
    expect(JSON.stringify(listed)).not.toContain(first);
    expect(JSON.stringify(listed)).not.toContain('欧阳');
  });

  it('is recomputed by the sweep once a day by the platform clock, and measures staleness against it', async () => {
    const stored = await quality();
    const day = Date.parse(stored.persons!.computedAt!) + 25 * 3_600_000;
    const nextDay = new Date(day).toISOString();
    await setCloudClock(nextDay, { frozen: true });
    const report = await sweepDeadlines();
    expect([...report.registryQuality].sort()).toEqual(['buildings', 'entities', 'persons']);
    // Within the day nothing is due again.
    expect((await sweepDeadlines()).registryQuality).toEqual([]);
    const recomputed = await quality();
    expect(recomputed.persons!.computedAt).toBe(nextDay);
    expect(recomputed.persons!.stale).toBeLessThan(recomputed.persons!.records);

    // A year and a day later every record's last version is stale (the daily job, alone: no cases swept).
    const yearLater = new Date(day + 366 * 86_400_000).toISOString();
    await setCloudClock(yearLater, { frozen: true });
    expect(await recomputeQualityWhenDue()).toEqual(['persons', 'entities', 'buildings']);
    await setCloudClock(undefined);
    const later = await quality('supervisor1');
    expect(later.persons!.computedAt).toBe(yearLater);
    expect(later.persons!.stale).toBe(later.persons!.records);
    expect(later.buildings!.stale).toBe(0); // buildings go stale after three years
    const stale = await api('GET', issuesPath({ registry: 'persons', problem: 'stale', field: '*' }), {
      token: await tokenFor('supervisor1'),
    });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ count: later.persons!.records, listed: Math.min(500, later.persons!.records) });
    expect(stale.body.items[0].label).toMatch(/^\d{6}\*{8}[\dX]{4} \S\*+$/u);
  });

  it('lists the records behind a figure to stewards and supervisors only, and audits each page', async () => {
    const path = issuesPath({ registry: 'persons', problem: 'missing', field: 'phone' });
    expect((await api('GET', path, { token: await tokenFor('officer1') })).status).toBe(403);
    expect((await api('GET', path, { token: await tokenFor('citizen1') })).status).toBe(403);
    expect((await api('GET', path)).status).toBe(401);
    const page = await api('GET', path, { token: await tokenFor('supervisor1') });
    expect(page.status, JSON.stringify(page.body)).toBe(200);
    expect(page.body.items).toHaveLength(20);
    expect(page.body.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    const next = await api(
      'GET',
      issuesPath({ registry: 'persons', problem: 'missing', field: 'phone', cursor: page.body.nextCursor }),
      {
        token: await tokenFor('supervisor1'),
      },
    );
    expect(next.status).toBe(200);
    expect(next.body.items[0]).not.toEqual(page.body.items[0]);

    const audit = await eventually(async () => {
      const res = await api('GET', `/api/audit?actor=${subOf('supervisor1')}&limit=200`, {
        token: await tokenFor('supervisor1'),
      });
      const records = res.body.items as Array<{
        action: string;
        resource: { id: string };
        details?: Record<string, string>;
      }>;
      return records.find((r) => r.action === 'registries.qualityIssues');
    });
    expect(audit.resource.id).toBe('persons:missing:phone');
    expect(audit.details).toMatchObject({ registry: 'persons', problem: 'missing', field: 'phone', listed: '20' });

    const bad = await api('GET', issuesPath({ registry: 'persons', problem: 'missing', field: '1x' }), {
      token: await tokenFor('steward1'),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('field');
    const none = await api('GET', issuesPath({ registry: 'buildings', problem: 'dangling', field: 'code' }), {
      token: await tokenFor('steward1'),
    });
    expect(none.status).toBe(404);
  });
});
