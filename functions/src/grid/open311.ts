import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { categoryOf, gridCategories, type GridCategory } from './categories.js';
import { latitude, longitude, type GridEventRecord } from './model.js';
import { clientOfKey } from './open311-clients.js';
import { departmentName, reportEvent } from './service.js';
import * as store from './store.js';

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over the grid's events: services are the
 * categories, service requests the events. Formats by the resource's extension, `.xml` (required by the
 * specification) and `.json`; errors are the specification's arrays of { code, description } with the same HTTP
 * status. Addresses are not geocoded: a request needs lat and long. The reporter's contact fields (email,
 * first_name, last_name, phone, device_id, account_id) are accepted and not kept: the district does not store
 * personal data it does not need to handle the report.
 */

export const jurisdictionId = 'yuexiu.gov.cn';
export type Open311Format = 'json' | 'xml';

/** A GeoReport error: its HTTP status and description. */
export class Open311Error extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
  ) {
    super(description);
  }
}

/** Splits `services.json` into the resource and the format; undefined for another extension. */
export function resourceOf(document: string): { name: string; format: Open311Format } | undefined {
  const match = /^(.+)\.(json|xml)$/.exec(document);
  return match ? { name: match[1] as string, format: match[2] as Open311Format } : undefined;
}

function checkJurisdiction(fields: Record<string, string>) {
  const given = fields.jurisdiction_id;
  if (given !== undefined && given !== jurisdictionId) {
    throw new Open311Error(404, `jurisdiction_id not found: this endpoint serves ${jurisdictionId}`);
  }
}

const limitText = (c: GridCategory) =>
  c.limit.unit === 'hours'
    ? `处置时限 ${c.limit.value} 个工作小时 / handled within ${c.limit.value} working hours`
    : `处置时限 ${c.limit.value} 个工作日 / handled within ${c.limit.value} working days`;

function service(c: GridCategory) {
  return {
    service_code: c.code,
    service_name: `${c.name.zh} ${c.name.en}`,
    description: limitText(c),
    metadata: true,
    type: 'realtime',
    keywords: c.kind === 'component' ? '部件,component' : '事件,event',
    group: c.kind === 'component' ? '部件 Components' : '事件 Events',
  };
}

/** GET services: every category. */
export function services(fields: Record<string, string>) {
  checkJurisdiction(fields);
  return gridCategories.map(service);
}

/** The one attribute every category asks: whether the problem endangers people (it is dispatched first). */
const hazardAttribute = {
  variable: true,
  code: 'hazard',
  datatype: 'singlevaluelist',
  required: false,
  datatype_description: 'yes or no',
  order: 1,
  description: '是否危及人身安全 / Does it put people in danger?',
  values: [
    { key: 'yes', name: '是 Yes' },
    { key: 'no', name: '否 No' },
  ],
};

/** GET services/{service_code}: the category's definition with its attributes. */
export function serviceDefinition(code: string, fields: Record<string, string>) {
  checkJurisdiction(fields);
  if (!categoryOf(code)) throw new Open311Error(404, `service_code not found: ${code}`);
  return { service_code: code, attributes: [hazardAttribute] };
}

/** POST requests: an event reported by the client that owns `api_key` (403 for an unknown or revoked key). */
export async function createRequest(fields: Record<string, string>) {
  checkJurisdiction(fields);
  const key = fields.api_key ? await clientOfKey(fields.api_key) : undefined;
  if (!key) throw new Open311Error(403, 'api_key missing or invalid: ask the district for a key');
  if (key.revoked)
    throw new Open311Error(403, 'API_KEY_REVOKED: this api_key was revoked; ask the district for a new key');
  const client = key.keyId;
  const category = fields.service_code ? categoryOf(fields.service_code) : undefined;
  if (!category) throw new Open311Error(400, 'service_code missing or not one of GET services');
  if (fields.lat === undefined || fields.long === undefined) {
    throw new Open311Error(400, 'lat and long are required (addresses are not geocoded here)');
  }
  const lat = latitude.safeParse(fields.lat);
  const lng = longitude.safeParse(fields.long);
  if (!lat.success || !lng.success) throw new Open311Error(400, 'lat and long must be WGS 84 degrees');
  const hazard = fields['attribute[hazard]'];
  if (hazard !== undefined && hazard !== 'yes' && hazard !== 'no') {
    throw new Open311Error(400, 'attribute[hazard] must be yes or no');
  }
  const text = (fields.description ?? '').trim() || category.name.zh;
  const description = `${text.slice(0, 990)}${hazard === 'yes' ? '（危及安全）' : ''}`;
  const address = fields.address_string?.trim().slice(0, 120);
  try {
    const { event } = await reportEvent(
      { source: 'open311', name: `open311:${client}` },
      {
        category: category.code,
        description: description.length >= 5 ? description : `${description}（市民上报）`,
        lat: lat.data,
        lng: lng.data,
        ...(address && address.length >= 2 ? { address } : {}),
        submissionToken: newId(),
      },
    );
    return {
      client: `open311:${client}`,
      requests: [{ service_request_id: event.eventId, service_notice: limitText(category) }],
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'OUTSIDE_GRID') {
      throw new Open311Error(400, 'lat and long are outside the jurisdiction (Yuexiu District)');
    }
    throw error;
  }
}

const chinaTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');

/** A service request as the specification lists its fields. */
export function requestOf(record: GridEventRecord) {
  const category = categoryOf(record.category)!;
  const lastNote = [...record.history].reverse().find((h) => h.note)?.note;
  return {
    service_request_id: record.eventId,
    status: record.status === 'closed' ? 'closed' : 'open',
    ...(lastNote ? { status_notes: lastNote } : {}),
    service_name: `${category.name.zh} ${category.name.en}`,
    service_code: record.category,
    description: record.description,
    ...(record.department ? { agency_responsible: departmentName(record.department)?.zh ?? record.department } : {}),
    service_notice: limitText(category),
    requested_datetime: chinaTime(record.reportedAt),
    updated_datetime: chinaTime(record.updatedAt),
    expected_datetime: `${record.dueDate}T18:00:00+08:00`,
    ...(record.address ? { address: record.address } : {}),
    lat: record.location.lat,
    long: record.location.lng,
  };
}

const listOf = (value: string | undefined) =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '') ?? [];

const dateParam = (name: string, value: string | undefined) => {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Open311Error(400, `${name} must be an ISO 8601 date/time`);
  return new Date(ms).toISOString();
};

/** Without a date range, requests of the last 90 days; at most 1,000 (as the specification suggests). */
const defaultDays = 90;
const maxRequests = 1000;

/** GET requests: by id(s), or filtered by service, date range and status. */
export async function findRequests(fields: Record<string, string>, now: string) {
  checkJurisdiction(fields);
  const ids = listOf(fields.service_request_id);
  if (ids.length > 0) {
    const found = await Promise.all(ids.slice(0, maxRequests).map((id) => store.getEvent(id)));
    return found.flatMap((r) => (r ? [requestOf(r)] : []));
  }
  const codes = listOf(fields.service_code);
  const statuses = listOf(fields.status);
  if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status: open and/or closed');
  const end = dateParam('end_date', fields.end_date);
  const start =
    dateParam('start_date', fields.start_date) ??
    new Date(Date.parse(end ?? now) - defaultDays * 86_400_000).toISOString();
  if (end && end < start) throw new Open311Error(400, 'end_date is before start_date');
  const records = await store.eventsReported({ from: start, ...(end ? { until: end } : {}) }, maxRequests * 4);
  return records
    .filter((r) => (!end || r.reportedAt <= end) && r.reportedAt >= start)
    .map(requestOf)
    .filter((r) => codes.length === 0 || codes.includes(r.service_code))
    .filter((r) => statuses.length === 0 || statuses.includes(r.status))
    .slice(0, maxRequests);
}

/** GET requests/{service_request_id}: the one request, in a list (as the specification answers). */
export async function oneRequest(id: string, fields: Record<string, string>) {
  checkJurisdiction(fields);
  const record = await store.getEvent(id);
  if (!record) throw new Open311Error(404, `service_request_id not found: ${id}`);
  return [requestOf(record)];
}
