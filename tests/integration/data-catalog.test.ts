import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

/**
 * The data resource catalog (issue 15, item 1): staff of every department find what others share; the
 * registries are resources whose record count is the registry's own; the whole catalog as DCAT JSON-LD.
 */
describe('data resource catalog', () => {
  it('lists the registries first with their counted records, and the departments’ topics', async () => {
    const res = await api('GET', '/api/data/resources', { token: await tokenFor('officer2') });
    expect(res.status).toBe(200);
    const quality = await api('GET', '/api/registries/quality', { token: await tokenFor('steward1') });
    const persons = quality.body.registries.find((r: { registry: string }) => r.registry === 'persons');
    const register = res.body.items.find((r: { identifier: string }) => r.identifier === '440104-SK-D001');
    expect(register).toMatchObject({ ownerDepartment: 'data-center', recordCountSource: 'registry' });
    expect(register.recordCount).toBe(persons.records);
    expect(res.body.total).toBe(res.body.items.length);
    const owners = new Set(res.body.items.map((r: { ownerDepartment: string }) => r.ownerDepartment));
    expect([...owners]).toEqual(expect.arrayContaining(['data-center', 'civil-affairs', 'market-supervision']));
  });

  it('searches in Chinese and filters by owner and sharing class', async () => {
    const token = await tokenFor('officer1');
    const found = await api('GET', `/api/data/resources?q=${encodeURIComponent('建筑物')}`, { token });
    expect(found.body.items.map((r: { identifier: string }) => r.identifier)).toContain('440104-SK-D003');
    const conditional = await api('GET', '/api/data/resources?department=market-supervision&sharingClass=conditional', {
      token,
    });
    expect(conditional.body.items.length).toBeGreaterThan(0);
    for (const r of conditional.body.items) {
      expect(r).toMatchObject({ ownerDepartment: 'market-supervision', sharingClass: 'conditional' });
    }
  });

  it('shows one resource with its fields, and 404 for an unknown one', async () => {
    const token = await tokenFor('head1');
    const res = await api('GET', '/api/data/resources/440104-MZ-D001', { token });
    expect(res.status).toBe(200);
    expect(res.body.fields.some((f: { personal: boolean }) => f.personal)).toBe(true);
    expect((await api('GET', '/api/data/resources/440104-MZ-D999', { token })).status).toBe(404);
  });

  it('names the bad parameter', async () => {
    const token = await tokenFor('officer1');
    const bad = await api('GET', '/api/data/resources?sharingClass=sometimes', { token });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('sharingClass');
    expect((await api('GET', '/api/data/resources/persons', { token })).status).toBe(400);
  });

  it('exports DCAT JSON-LD with every resource of the catalog', async () => {
    const token = await tokenFor('steward1');
    const list = await api('GET', '/api/data/resources', { token });
    const viaApi = await api('GET', '/api/data/catalog.jsonld', { token });
    expect(viaApi.status).toBe(200);
    expect(viaApi.headers.get('content-type')).toContain('application/ld+json');
    const doc = typeof viaApi.body === 'string' ? JSON.parse(viaApi.body) : viaApi.body;
    expect(doc['@type']).toBe('dcat:Catalog');
    expect(doc['dcat:dataset']).toHaveLength(list.body.total);
  });
});
