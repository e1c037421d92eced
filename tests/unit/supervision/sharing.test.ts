import { describe, expect, it } from 'vitest';
import type { DataRequestRecord } from '../../../functions/src/data-sharing/request-model.js';
import type { ExtractionRecord } from '../../../functions/src/data-sharing/request-store.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import {
  catalogFiguresOf,
  supervisedRequest,
  type CatalogEntry,
} from '../../../functions/src/supervision/sharing-figures.js';
import { supervisionSharing, type SharingSource } from '../../../functions/src/supervision/sharing.js';
import { seedCalendar as published } from '../../support/calendars.js';
import { at } from './cases.js';

/** Wednesday 2026-11-18. */
const now = at('2026-11-18', '10:00');
const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
const civilHead: Principal = { sub: 'h', username: 'head1', roles: ['head'], department: 'civil-affairs' };
const calendar = async () => published;

const resource = (
  identifier: string,
  ownerDepartment: string,
  sharingClass: CatalogEntry['sharingClass'],
  recordCount: number | null,
): CatalogEntry => ({
  identifier,
  title: { zh: identifier, en: identifier },
  ownerDepartment,
  sharingClass,
  recordCount,
});

const catalog = [
  resource('440104-SK-D001', 'data-center', 'conditional', 600),
  resource('440104-SK-D003', 'data-center', 'unconditional', null),
  resource('440104-MZ-D001', 'civil-affairs', 'conditional', 300),
  resource('440104-WJ-D001', 'health', 'none', 100),
];

let sequence = 0;
function request(over: Partial<DataRequestRecord>): DataRequestRecord {
  sequence += 1;
  return {
    requestId: `dr-${sequence}`,
    resourceId: '440104-MZ-D001',
    resourceTitle: { zh: '婚姻登记信息', en: 'Marriage registrations' },
    sharingClass: 'conditional',
    ownerDepartment: 'civil-affairs',
    requesterDepartment: 'health',
    requestedBy: 'officer2',
    purpose: '不应被读取的用途',
    fields: ['kind'],
    legalBasis: '不应被读取的依据',
    periodFrom: '2026-11-01',
    periodTo: '2026-12-31',
    status: 'pending',
    createdAt: at('2026-11-02'),
    version: 1,
    ...over,
  };
}

const requests = [
  // Decided by the owner's head Thursday 11-05 at 09:00: 3 working days, 24 working hours.
  request({ status: 'granted', decidedAt: at('2026-11-05'), decidedBy: 'head1', opinion: '同意' }),
  // Refused Monday 11-09 at 09:00 (filed Friday 11-06): 1 working day.
  request({ status: 'refused', createdAt: at('2026-11-06'), decidedAt: at('2026-11-09'), decidedBy: 'head1' }),
  // Waiting since 11-02, its limit passed on 11-16: overdue.
  request({ decideBy: at('2026-11-16') }),
  // Granted on request (unconditional): not timed.
  request({
    resourceId: '440104-SK-D003',
    ownerDepartment: 'data-center',
    requesterDepartment: 'civil-affairs',
    sharingClass: 'unconditional',
    status: 'granted',
    createdAt: at('2026-11-10'),
    decidedAt: at('2026-11-10'),
    decidedBy: 'system',
  }),
  // Expired in the data center's hands: not timed either.
  request({
    resourceId: '440104-SK-D001',
    ownerDepartment: 'data-center',
    requesterDepartment: 'health',
    status: 'expired',
    createdAt: at('2026-11-03'),
    decidedAt: at('2026-11-13'),
    decidedBy: 'system',
  }),
];

const extraction = (resourceId: string, department: string, when: string, count: number): ExtractionRecord => ({
  resourceId,
  department,
  at: when,
  count,
  by: `client:${department}`,
  requestId: 'dr-1',
  fields: ['kind'],
});
const extractions = [
  extraction('440104-MZ-D001', 'health', at('2026-11-06'), 100),
  extraction('440104-MZ-D001', 'health', at('2026-11-12'), 20),
  extraction('440104-SK-D003', 'civil-affairs', at('2026-11-12'), 50),
  extraction('440104-SK-D003', 'health', at('2026-11-13'), 7),
];

const source = (limit = Infinity): SharingSource => ({
  resources: async () => catalog,
  requestsFor: async (d) => requests.filter((r) => r.ownerDepartment === d).slice(0, limit),
  requestsBy: async (d) => requests.filter((r) => r.requesterDepartment === d).slice(0, limit),
  extractions: async (id, max) =>
    extractions
      .filter((e) => e.resourceId === id)
      .reverse()
      .slice(0, max),
});

describe('the catalog’s shared share', () => {
  it('counts resources and measured records by class against the 70 % target', () => {
    expect(catalogFiguresOf(catalog)).toEqual({
      resources: 4,
      shared: 3,
      byClass: { unconditional: 1, conditional: 2, none: 1 },
      records: 1000,
      sharedRecords: 900,
      unmeasured: 1,
      sharedShare: 0.75,
      sharedRecordShare: 0.9,
      target: 0.7,
    });
    expect(catalogFiguresOf([])).toMatchObject({ sharedShare: null, sharedRecordShare: null });
  });

  it('keeps no purpose, legal basis or opinion of a request', () => {
    expect(JSON.stringify(supervisedRequest(requests[0]!))).not.toMatch(/不应被读取|同意|kind/);
  });
});

describe('GET /api/supervision/sharing (the figures)', () => {
  it('counts the district’s requests by status, the owners’ decision time and extractions', async () => {
    const body = await supervisionSharing(supervisor, 'district', {}, { now, source: source(), calendar });
    expect(body.scope.departments).toContain('data-center');
    expect(body.catalog).toMatchObject({ resources: 4, shared: 3 });
    expect(body.received).toEqual({
      requests: 5,
      byStatus: { pending: 1, granted: 2, refused: 1, expired: 1 },
    });
    expect(body.made).toEqual(body.received);
    expect(body.decisionTime).toMatchObject({ timed: 2, medianDays: 2, averageDays: 2 });
    expect(body).toMatchObject({ pending: 1, overdue: 1, truncated: false, asOf: '2026-11-18' });
    expect(body.extractions).toEqual({
      extractions: 4,
      records: 177,
      byResource: [
        {
          resourceId: '440104-MZ-D001',
          title: { zh: '440104-MZ-D001', en: '440104-MZ-D001' },
          ownerDepartment: 'civil-affairs',
          ownerName: { zh: '越秀区民政局', en: 'Civil Affairs Bureau' },
          extractions: 2,
          records: 120,
          departments: 1,
        },
        {
          resourceId: '440104-SK-D003',
          title: { zh: '440104-SK-D003', en: '440104-SK-D003' },
          ownerDepartment: 'data-center',
          ownerName: { zh: '越秀区政务服务数据管理局', en: 'Data Administration Bureau' },
          extractions: 2,
          records: 57,
          departments: 2,
        },
      ],
      byDepartment: [
        expect.objectContaining({ department: 'civil-affairs', extractions: 1, records: 50, resources: 1 }),
        expect.objectContaining({ department: 'health', extractions: 3, records: 127, resources: 2 }),
      ],
    });
  });

  it('shows a head their department as owner and as consumer, and refuses another department', async () => {
    const body = await supervisionSharing(civilHead, 'department', {}, { now, source: source(), calendar });
    expect(body.scope).toEqual({ kind: 'department', departments: ['civil-affairs'] });
    expect(body.catalog).toMatchObject({ resources: 1, shared: 1, records: 300 });
    expect(body.received.requests).toBe(3);
    expect(body.made).toEqual({ requests: 1, byStatus: { pending: 0, granted: 1, refused: 0, expired: 0 } });
    // Its resource's use by health, and its own extraction of the buildings: never health's own of the buildings.
    expect(body.extractions.byResource.map((r) => [r.resourceId, r.extractions])).toEqual([
      ['440104-MZ-D001', 2],
      ['440104-SK-D003', 1],
    ]);
    await expect(
      supervisionSharing(civilHead, 'department', { department: 'health' }, { now, source: source(), calendar }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('keeps to the period and says when it read only the newest records', async () => {
    const period = await supervisionSharing(
      supervisor,
      'district',
      { from: '2026-11-06', to: '2026-11-10' },
      { now, source: source(), calendar },
    );
    expect(period.received.requests).toBe(2);
    expect(period.extractions.extractions).toBe(1);
    expect(period.catalog.resources).toBe(4);

    const limited = await supervisionSharing(supervisor, 'district', {}, { now, source: source(), calendar, limit: 1 });
    expect(limited.truncated).toBe(true);
    expect(limited.extractions.extractions).toBe(2);
  });
});
