import type { DataResource, SharingClass } from './model.js';

/**
 * The catalog as DCAT (W3C Data Catalog Vocabulary, version 3) in JSON-LD, for interchange with other data
 * catalogs (CKAN reads it with its DCAT extension). Titles and descriptions carry both languages; the
 * sharing class is the dataset's dct:accessRights; fields are described as dataset columns (csvw).
 */

const base = 'https://data.yuexiu.example/api/data/resources/';

const accessRights: Record<SharingClass, { zh: string; en: string }> = {
  unconditional: { zh: '无条件共享', en: 'Shared without conditions' },
  conditional: { zh: '有条件共享', en: 'Shared on conditions (owner approves)' },
  none: { zh: '不予共享', en: 'Not shared' },
};

const periodicity: Record<DataResource['updateFrequency'], string> = {
  realtime: 'http://publications.europa.eu/resource/authority/frequency/CONT',
  daily: 'http://publications.europa.eu/resource/authority/frequency/DAILY',
  weekly: 'http://publications.europa.eu/resource/authority/frequency/WEEKLY',
  monthly: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
  quarterly: 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY',
  yearly: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
};

const langs = (text: { zh: string; en: string }) => [
  { '@language': 'zh-CN', '@value': text.zh },
  { '@language': 'en', '@value': text.en },
];

export function dcatDataset(resource: DataResource): Record<string, unknown> {
  return {
    '@id': `${base}${resource.identifier}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': resource.identifier,
    'dct:title': langs(resource.title),
    'dct:description': langs(resource.description),
    'dct:publisher': {
      '@id': `https://data.yuexiu.example/departments/${resource.ownerDepartment}`,
      '@type': 'foaf:Organization',
      'foaf:name': langs(resource.ownerName),
    },
    'dcat:keyword': resource.keywords,
    'dct:accrualPeriodicity': { '@id': periodicity[resource.updateFrequency] },
    'dct:accessRights': { '@type': 'dct:RightsStatement', 'rdfs:label': langs(accessRights[resource.sharingClass]) },
    'dcat:version': String(resource.version),
    'dct:modified': { '@type': 'xsd:dateTime', '@value': resource.modifiedAt },
    'csvw:tableSchema': {
      'csvw:column': resource.fields.map((f) => ({
        'csvw:name': f.name,
        'csvw:title': langs(f.title),
        'csvw:datatype': f.type,
        'yx:personal': f.personal,
      })),
    },
    'dcat:distribution': [
      {
        '@type': 'dcat:Distribution',
        'dcat:accessURL': { '@id': `${base}${resource.identifier}/records` },
        'dct:format': resource.format,
        'dcat:mediaType': 'application/json',
        'yx:recordCount': resource.recordCount,
      },
    ],
  };
}

export function dcatCatalog(resources: readonly DataResource[], issued: string): Record<string, unknown> {
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      csvw: 'http://www.w3.org/ns/csvw#',
      yx: 'https://data.yuexiu.example/ns#',
    },
    '@id': 'https://data.yuexiu.example/api/data/catalog.jsonld',
    '@type': 'dcat:Catalog',
    'dct:title': langs({ zh: '越秀区政务数据资源目录', en: 'Yuexiu District government data resource catalog' }),
    'dct:modified': { '@type': 'xsd:dateTime', '@value': issued },
    'dcat:dataset': resources.map(dcatDataset),
  };
}
