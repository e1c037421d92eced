import { describe, expect, it } from 'vitest';
import { gridCells } from '../../functions/src/grid/cells.js';
import { demoOpen311Client } from '../../infra/local/open311-clients.js';
import { api } from '../support/api.js';

/**
 * An Open311 GeoReport v2 client written from the specification (https://wiki.open311.org/GeoReport_v2) alone:
 * the resource's extension picks the format, POST requests is form-encoded with an api_key, errors are lists of
 * { code, description }; in JSON and in XML.
 */

const base = '/open311/v2';
const cell = gridCells.find((c) => c.street === 'dongshan')!;
const [lng, lat] = [(cell.ring[0]![0] + cell.ring[2]![0]) / 2, (cell.ring[0]![1] + cell.ring[2]![1]) / 2];

const form = (fields: Record<string, string>) => ({
  rawBody: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

/** The texts of every `<tag>` element (no attributes in GeoReport XML). */
const elements = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] as string);

const post = (format: 'json' | 'xml', fields: Record<string, string>) =>
  api('POST', `${base}/requests.${format}`, form(fields));

const valid = (extra: Record<string, string> = {}) => ({
  api_key: demoOpen311Client.apiKey,
  service_code: 'E0306',
  lat: String(lat),
  long: String(lng),
  address_string: '东山口地铁站 A 出口',
  description: '地铁口共享单车乱停放，堵住盲道',
  email: 'someone@example.com',
  ...extra,
});

describe('Open311 GeoReport v2: services', () => {
  it('lists services in JSON and XML', async () => {
    const json = await api('GET', `${base}/services.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toMatch(/^application\/json/);
    const street = json.body.find((s: { service_code: string }) => s.service_code === 'E0306');
    expect(street).toMatchObject({ metadata: true, type: 'realtime' });
    expect(street.service_name).toContain('共享单车');

    const xml = await api('GET', `${base}/services.xml`);
    expect(xml.status).toBe(200);
    expect(xml.headers.get('content-type')).toMatch(/^text\/xml; charset=utf-8/);
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(elements(xml.body, 'service')).toHaveLength(json.body.length);
    expect(elements(xml.body, 'service_code')).toContain('E0306');
  });

  it('gives a service definition with its attributes, and a 404 error list for an unknown code', async () => {
    const json = await api('GET', `${base}/services/E0306.json`);
    expect(json.status).toBe(200);
    expect(json.body.service_code).toBe('E0306');
    expect(json.body.attributes[0]).toMatchObject({ code: 'hazard', datatype: 'singlevaluelist', required: false });
    const xml = await api('GET', `${base}/services/E0306.xml`);
    expect(elements(xml.body, 'service_definition')).toHaveLength(1);
    expect(elements(xml.body, 'key')).toEqual(['yes', 'no']);

    const missing = await api('GET', `${base}/services/X9999.json`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual([{ code: 404, description: expect.stringContaining('service_code') }]);
    const missingXml = await api('GET', `${base}/services/X9999.xml`);
    expect(missingXml.status).toBe(404);
    expect(elements(missingXml.body, 'code')).toEqual(['404']);
  });
});

describe('Open311 GeoReport v2: requests', () => {
  it('creates a request from a form post and reads it back by id, in JSON and XML', async () => {
    const created = await post('json', valid({ 'attribute[hazard]': 'yes', jurisdiction_id: 'yuexiu.gov.cn' }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const [{ service_request_id: id }] = created.body;
    expect(id).toMatch(/^G\d{8}-\d{4}$/);

    const json = await api('GET', `${base}/requests/${id}.json`);
    expect(json.status).toBe(200);
    expect(json.body).toHaveLength(1);
    expect(json.body[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'E0306',
      address: '东山口地铁站 A 出口',
    });
    expect(json.body[0].lat).toBeCloseTo(lat, 6);
    expect(json.body[0].long).toBeCloseTo(lng, 6);
    expect(json.body[0].requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(JSON.stringify(json.body)).not.toContain('someone@example.com');

    const createdXml = await post('xml', valid());
    expect(createdXml.status).toBe(201);
    const [xmlId] = elements(createdXml.body, 'service_request_id');
    const xml = await api('GET', `${base}/requests/${xmlId}.xml`);
    expect(elements(xml.body, 'request')).toHaveLength(1);
    expect(elements(xml.body, 'status')).toEqual(['open']);
  });

  it('finds requests by ids, service, status and date range', async () => {
    const a = (await post('json', valid())).body[0].service_request_id;
    const b = (await post('json', valid({ service_code: 'E0103', description: '电线杆上贴满小广告' }))).body[0]
      .service_request_id;

    const byIds = await api('GET', `${base}/requests.json?service_request_id=${a},${b}`);
    expect(byIds.body.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual([a, b].sort());

    const byService = await api('GET', `${base}/requests.json?service_code=E0103&status=open`);
    const ids = byService.body.map((r: { service_request_id: string }) => r.service_request_id);
    expect(ids).toContain(b);
    expect(ids).not.toContain(a);

    const closed = await api('GET', `${base}/requests.json?service_code=E0103&status=closed`);
    expect(closed.body.map((r: { service_request_id: string }) => r.service_request_id)).not.toContain(b);

    const future = await api('GET', `${base}/requests.xml?start_date=2999-01-01T00:00:00Z`);
    expect(future.status).toBe(200);
    expect(elements(future.body, 'request')).toEqual([]);

    const bad = await api('GET', `${base}/requests.json?start_date=yesterday`);
    expect(bad.status).toBe(400);
    expect(bad.body[0].code).toBe(400);
  });

  it('refuses a missing or unknown api_key (403), another jurisdiction (404) and a place outside it (400)', async () => {
    const { api_key: _key, ...withoutKey } = valid();
    const noKey = await post('json', withoutKey);
    expect(noKey.status).toBe(403);
    expect(noKey.body).toEqual([{ code: 403, description: expect.stringContaining('api_key') }]);
    const badKey = await post('xml', valid({ api_key: 'not-a-key' }));
    expect(badKey.status).toBe(403);
    expect(elements(badKey.body, 'error')).toHaveLength(1);

    const elsewhere = await post('json', valid({ jurisdiction_id: 'example.org' }));
    expect(elsewhere.status).toBe(404);
    const outside = await post('json', valid({ lat: '39.9', long: '116.4' }));
    expect(outside.status).toBe(400);
    const noService = await post('json', valid({ service_code: 'nope' }));
    expect(noService.status).toBe(400);
    const unknownResource = await api('GET', `${base}/tokens.json`);
    expect(unknownResource.status).toBe(404);
  });
});
