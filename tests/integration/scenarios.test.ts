import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { seedScenarioList, seedScenarios } from '../../functions/src/scenarios/seed/index.js';
import { api, tokenFor } from '../support/api.js';
import { matrixScenario } from './fixtures/scenario-fixtures.js';

const fieldsOf = (body: any) => (body.error.details.fields as { field: string }[]).map((f) => f.field);
const resolve = (id: string, answers: Record<string, string>) =>
  api('POST', `/api/scenarios/${id}/resolve`, { body: { answers } });

describe('guided scenarios', () => {
  let cataloger: string;

  beforeAll(async () => {
    // Seed through the platform's own config and clients, as `npm start` does (the catalog is seeded already).
    Object.assign(process.env, inject('cloud').env);
    resetConfig();
    resetClients();
    await seedScenarios();
    cataloger = await tokenFor('cataloger1');
  });

  it('seeds only what is missing (a second run writes nothing)', async () => {
    expect(await seedScenarios()).toBe(0);
  });

  describe('reading', () => {
    it('lists the seed scenarios with their question and branch counts', async () => {
      const res = await api('GET', '/api/scenarios');
      expect(res.status).toBe(200);
      const seeded = res.body.items.filter((s: { id: string }) => seedScenarioList.some((x) => x.id === s.id));
      expect(seeded).toHaveLength(seedScenarioList.length);
      expect(seeded.reduce((n: number, s: { branches: number }) => n + s.branches, 0)).toBeGreaterThanOrEqual(40);
      expect(res.body.items[0]).toMatchObject({ title: { zh: expect.any(String) }, version: 1 });
      expect(res.body.items[0]).not.toHaveProperty('nodes');
    });

    it('shows a scenario with its whole tree', async () => {
      const res = await api('GET', '/api/scenarios/baby-born');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: 'baby-born', root: 'q-hukou', status: 'published', version: 1 });
      expect(res.body.nodes['q-hukou'].kind).toBe('question');
    });

    it('answers 404 for an unknown scenario', async () => {
      expect((await api('GET', '/api/scenarios/no-such-scenario')).status).toBe(404);
      expect((await resolve('no-such-scenario', {})).status).toBe(404);
    });
  });

  describe('resolving', () => {
    it('asks the first question when nothing is answered yet', async () => {
      const res = await resolve('baby-born', {});
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'question', path: [], node: { id: 'q-hukou' } });
      expect(res.body.node.answers.map((a: { id: string }) => a.id)).toEqual(['yuexiu', 'guangzhou', 'elsewhere']);
    });

    it('asks the next question along the path', async () => {
      const res = await resolve('baby-born', { 'q-hukou': 'yuexiu' });
      expect(res.body).toMatchObject({ status: 'question', node: { id: 'q-married' } });
      expect(res.body.path).toEqual([expect.objectContaining({ question: 'q-hukou', answer: 'yuexiu' })]);
    });

    it('resolves a full path to the branch with its items and exact materials', async () => {
      const res = await resolve('baby-born', { 'q-hukou': 'yuexiu', 'q-married': 'yes', 'q-insured-married': 'yes' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'resolved', node: 'leaf-yuexiu-married-insured' });
      const codes = res.body.items.map((i: { code: string }) => i.code);
      expect(codes).toEqual(expect.arrayContaining(['440104-WJ-0001', '440104-GA-0001', '440104-YB-0004']));
      const hukou = res.body.items.find((i: { code: string }) => i.code === '440104-GA-0001');
      expect(hukou.name.zh).toBe('出生登记（新生儿入户）');
      expect(hukou.materials.map((m: { name: { zh: string } }) => m.name.zh)).toEqual([
        '出生医学证明',
        '居民户口簿',
        '父母双方居民身份证',
        '父母结婚证',
      ]);
      expect(hukou.materials[0]).toMatchObject({ form: 'original', count: 1, required: true });
    });

    it('lists fewer materials on another branch (unmarried parents: no marriage certificate)', async () => {
      const res = await resolve('baby-born', { 'q-hukou': 'yuexiu', 'q-married': 'no', 'q-insured-unmarried': 'no' });
      const hukou = res.body.items.find((i: { code: string }) => i.code === '440104-GA-0001');
      expect(hukou.materials.map((m: { name: { zh: string } }) => m.name.zh)).not.toContain('父母结婚证');
      expect(res.body.additionalMaterials[0].name.zh).toBe('亲子鉴定证明');
    });

    it('refuses an answer its question does not have with 400 naming the question', async () => {
      const res = await resolve('baby-born', { 'q-hukou': 'mars' });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['answers.q-hukou']);
    });

    it('refuses a body that is not a map of answers', async () => {
      const res = await api('POST', '/api/scenarios/baby-born/resolve', { body: { answers: ['yuexiu'] } });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['answers']);
    });
  });

  describe('editing (PUT /api/catalog/scenarios/{id})', () => {
    it('refuses a dead end with 400 naming the answer', async () => {
      const { id, body } = matrixScenario();
      body.nodes.q1.answers[1]!.next = 'leaf-missing';
      const res = await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(fieldsOf(res.body)).toEqual(['nodes.q1.answers.b.next', 'nodes.leaf-b']);
      expect((await api('GET', `/api/scenarios/${id}`)).status).toBe(404);
    });

    it('refuses a cycle, naming the answer that closes it', async () => {
      const { id, body } = matrixScenario();
      const nodes = body.nodes as Record<string, unknown>;
      nodes.q2 = {
        kind: 'question',
        text: { zh: '再问', en: 'Again' },
        answers: [
          { id: 'back', label: { zh: '回', en: 'Back' }, next: 'q1' },
          { id: 'on', label: { zh: '续', en: 'On' }, next: 'leaf-b' },
        ],
      };
      body.nodes.q1.answers[1]!.next = 'q2';
      const res = await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['nodes.q2.answers.back.next']);
    });

    it('refuses a leaf naming an unpublished item or a missing material', async () => {
      const { id, body } = matrixScenario();
      body.nodes['leaf-a'].items = [{ code: '440104-MZ-0999', materials: [] }];
      body.nodes['leaf-b'].items[0]!.materials = [{ material: '护照' }];
      const res = await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual([
        'nodes.leaf-a.items.440104-MZ-0999.code',
        'nodes.leaf-b.items.440104-MZ-0001.materials.0',
      ]);
    });

    it('publishes a valid scenario, which then resolves, and versions each change', async () => {
      const { id, body } = matrixScenario();
      const first = await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ id, version: 1, status: 'published' });

      const resolved = await resolve(id, { q1: 'b' });
      expect(resolved.body).toMatchObject({ status: 'resolved', node: 'leaf-b', items: [{ code: '440104-MZ-0001' }] });
      expect(resolved.body.items[0].materials.map((m: { name: { zh: string } }) => m.name.zh)).toEqual([
        '双方居民身份证',
        '申请结婚登记声明书',
      ]);

      const changed = { ...body, title: { zh: '改过的场景', en: 'Changed scenario' }, version: 1 };
      const second = await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body: changed });
      expect(second.body).toMatchObject({ version: 2, title: { zh: '改过的场景' } });
      expect((await api('GET', `/api/scenarios/${id}`)).body.version).toBe(2);
    });

    it('refuses a stale version with 409', async () => {
      const { id, body } = matrixScenario();
      await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body });
      await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body: { ...body, version: 1 } });
      const stale = await api('PUT', `/api/catalog/scenarios/${id}`, {
        token: cataloger,
        body: { ...body, version: 1 },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('SCENARIO_STALE');
      const recreated = await api('PUT', `/api/catalog/scenarios/${id}`, { token: cataloger, body });
      expect(recreated.status).toBe(409);
    });

    it('refuses a body whose id differs from the path', async () => {
      const { id, body } = matrixScenario();
      const res = await api('PUT', `/api/catalog/scenarios/${id}`, {
        token: cataloger,
        body: { ...body, id: 'other' },
      });
      expect(res.status).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['id']);
    });
  });
});
