import { describe, expect, it } from 'vitest';
import { departmentName, matches } from '../../../functions/src/data-sharing/catalog.js';
import { dcatCatalog } from '../../../functions/src/data-sharing/dcat.js';
import { resourceParams, resourceQuery, type DataResource } from '../../../functions/src/data-sharing/model.js';
import { seedResources } from '../../../functions/src/data-sharing/seed.js';

const resource: DataResource = {
  identifier: '440104-MZ-D001',
  title: { zh: '婚姻登记信息', en: 'Marriage registrations' },
  ownerDepartment: 'civil-affairs',
  ownerName: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' },
  description: { zh: '结婚登记记录', en: 'Registrations' },
  keywords: ['婚姻'],
  fields: [{ name: 'partyIdNumbers', title: { zh: '当事人身份号码', en: 'ID' }, type: 'code', personal: true }],
  updateFrequency: 'daily',
  sharingClass: 'conditional',
  format: 'JSON',
  recordCount: 12,
  recordCountSource: 'declared',
  version: 2,
  modifiedAt: '2026-11-01T00:00:00.000+08:00',
};

describe('data resource catalog', () => {
  it('seeds resources with unique identifiers that the path parameter accepts, of known departments', () => {
    const ids = seedResources.map((r) => r.identifier);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(resourceParams.safeParse({ id }).success, id).toBe(true);
    for (const r of seedResources) expect(departmentName(r.ownerDepartment).zh).toMatch(/越秀|广州/);
    expect(seedResources.filter((r) => 'registry' in r).map((r) => (r as { registry: string }).registry)).toEqual([
      'persons',
      'entities',
      'buildings',
    ]);
  });

  it('matches every word in Chinese or English, in titles, keywords and field names', () => {
    expect(matches(resource, '婚姻')).toBe(true);
    expect(matches(resource, 'marriage 民政')).toBe(true);
    expect(matches(resource, '身份号码')).toBe(true);
    expect(matches(resource, '婚姻 建筑物')).toBe(false);
    expect(matches(resource, '  ')).toBe(true);
  });

  it('refuses unknown query parameters and sharing classes, naming them', () => {
    expect(resourceQuery.safeParse({ sharingClass: 'sometimes' }).success).toBe(false);
    expect(resourceQuery.safeParse({ color: 'red' }).success).toBe(false);
    expect(resourceParams.safeParse({ id: 'persons' }).success).toBe(false);
  });

  it('exports DCAT JSON-LD: a catalog of datasets with both languages, access rights and a distribution', () => {
    const doc = dcatCatalog([resource], '2026-12-06T08:00:00.000+08:00') as Record<string, any>;
    expect(doc['@type']).toBe('dcat:Catalog');
    expect(doc['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    const [dataset] = doc['dcat:dataset'];
    expect(dataset['@type']).toBe('dcat:Dataset');
    expect(dataset['dct:identifier']).toBe('440104-MZ-D001');
    expect(dataset['dct:title']).toEqual([
      { '@language': 'zh-CN', '@value': '婚姻登记信息' },
      { '@language': 'en', '@value': 'Marriage registrations' },
    ]);
    expect(dataset['dct:accessRights']['rdfs:label'][0]['@value']).toBe('有条件共享');
    expect(dataset['dct:accrualPeriodicity']['@id']).toMatch(/frequency\/DAILY$/);
    expect(dataset['dcat:version']).toBe('2');
    expect(dataset['dcat:distribution'][0]['dcat:accessURL']['@id']).toMatch(/440104-MZ-D001\/records$/);
    expect(dataset['csvw:tableSchema']['csvw:column'][0]['yx:personal']).toBe(true);
  });
});
