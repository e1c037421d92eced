import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/src/routes.js';
import { roles, type Role } from '../../functions/src/platform/roles.js';
import { admittedRoles, scopeFor, type RouteDefinition } from '../../functions/src/platform/route-table.js';
import { api, tokenFor } from '../support/api.js';
import { fileOnlineCase, onlineItem } from '../support/cases.js';
import { uploadDocument } from '../support/documents.js';
import type { Call, Fixture } from './fixtures/fixture.js';
import { caseFixtures, isDepartmentStaff } from './fixtures/case-fixtures.js';
import { reliefFixtures } from './fixtures/relief-fixtures.js';
import { formFixtures } from './fixtures/form-fixtures.js';
import { scenarioFixtures } from './fixtures/scenario-fixtures.js';
import { supervisionFixtures } from './fixtures/supervision-fixtures.js';
import { calendarFixtures } from './fixtures/calendar-fixtures.js';
import { certificateFixtures } from './fixtures/certificate-fixtures.js';
import { registryFixtures } from './fixtures/registry-fixtures.js';
import { letterFixtures } from './fixtures/letter-fixtures.js';
import { dataFixtures } from './fixtures/data-fixtures.js';
import { noticeFixtures } from './fixtures/notice-fixtures.js';
import { officialDocumentFixtures } from './fixtures/official-document-fixtures.js';
import { gridFixtures } from './fixtures/grid-fixtures.js';
import { seedItems } from '../../functions/src/catalog/seed/items.js';

/**
 * Every route × every role × own / other scope. A role the route does not admit gets 403; an admitted
 * role reaches resources in its scope (2xx) and not others' (404: existence is private). A route
 * without a fixture here fails the first test, so no route can be added unchecked.
 */
const userOf: Record<Role, string> = {
  citizen: 'citizen1',
  enterprise: 'enterprise1',
  clerk: 'clerk1',
  officer: 'officer1',
  head: 'head1',
  inspector: 'inspector1',
  dispatcher: 'dispatcher1',
  docclerk: 'docclerk1',
  steward: 'steward1',
  cataloger: 'cataloger1',
  supervisor: 'supervisor1',
  admin: 'admin1',
};

/** A document attached to a case: of `owner`'s in `department`, read by its staff. */
async function submittedDocument(owner: string, department: string): Promise<string> {
  const code = department === 'civil-affairs' ? onlineItem : '440104-SJ-0001';
  const filed = await fileOnlineCase(owner, code);
  return filed.body.materials[0].documentId as string;
}

/** A catalog item body for a new code, from a seed item; the cataloger sets up catalog fixtures. */
let catalogItems = 0;
async function catalogDraft(publish: boolean): Promise<string> {
  const code = `440104-MZ-${String(9000 + catalogItems++).padStart(4, '0')}`;
  const token = await tokenFor('cataloger1');
  const body = { ...seedItems[0]!, code, name: { zh: `矩阵事项${code}`, en: `Matrix item ${code}` }, version: 0 };
  const saved = await api('PUT', `/api/catalog/items/${code}/draft`, { token, body });
  if (saved.status !== 200) throw new Error(`catalog draft failed: ${JSON.stringify(saved.body)}`);
  if (publish) {
    const published = await api('POST', `/api/catalog/items/${code}/publish`, { token });
    if (published.status !== 200) throw new Error(`catalog publish failed: ${JSON.stringify(published.body)}`);
  }
  return code;
}

const staffDepartment = (user: string) => (user === 'officer2' ? 'market-supervision' : 'civil-affairs');
const otherDepartment = (user: string) =>
  staffDepartment(user) === 'civil-affairs' ? 'market-supervision' : 'civil-affairs';
const isStaffUser = isDepartmentStaff;

const fixtures: Record<string, Fixture> = {
  'health.get': { own: async () => ({ path: '/api/health' }) },
  'identity.me': { own: async () => ({ path: '/api/me' }) },
  'identity.getProfile': { own: async () => ({ path: '/api/me/profile' }) },
  'identity.putProfile': {
    own: async (user) => {
      const current = await api('GET', '/api/me/profile', { token: await tokenFor(user) });
      // Writes the profile back as it was (name and e-mail), so other tests keep their demo data.
      if (current.status !== 200)
        return { method: 'PUT', path: '/api/me/profile', body: { name: '矩阵测试', version: 0 } };
      const { name, email, version } = current.body;
      return { method: 'PUT', path: '/api/me/profile', body: { name, email, version } };
    },
  },
  'documents.createUpload': {
    own: async () => ({
      method: 'POST',
      path: '/api/documents/uploads',
      body: { fileName: 'a.pdf', contentType: 'application/pdf', size: 10 },
    }),
  },
  'documents.get': {
    own: async (user) => ({
      path: `/api/documents/${isStaffUser(user) ? await submittedDocument('citizen1', staffDepartment(user)) : await uploadDocument(await tokenFor(user))}`,
    }),
    other: async (user) => ({
      path: `/api/documents/${isStaffUser(user) ? await submittedDocument('citizen2', otherDepartment(user)) : await uploadDocument(await tokenFor('citizen2'))}`,
    }),
  },
  'documents.verify': {
    own: async (user) => ({
      method: 'POST',
      path: `/api/documents/${await uploadDocument(await tokenFor(user))}/verify`,
    }),
    other: async () => ({
      method: 'POST',
      path: `/api/documents/${await uploadDocument(await tokenFor('citizen2'))}/verify`,
    }),
  },
  'notifications.outbox': { own: async () => ({ path: '/api/admin/outbox' }) },
  'audit.search': { own: async () => ({ path: '/api/audit?limit=5' }) },
  'audit.export': { own: async () => ({ path: '/api/audit/export' }) },
  'catalog.listServices': { own: async () => ({ path: '/api/services?pageSize=5' }) },
  'catalog.getService': { own: async () => ({ path: `/api/services/${await catalogDraft(true)}` }) },
  'catalog.listDepartments': { own: async () => ({ path: '/api/departments' }) },
  'catalog.listLifeEvents': { own: async () => ({ path: '/api/life-events' }) },
  'catalog.listItems': { own: async () => ({ path: '/api/catalog/items' }) },
  'catalog.getItem': { own: async () => ({ path: `/api/catalog/items/${await catalogDraft(false)}` }) },
  'catalog.listVersions': {
    own: async () => ({ path: `/api/catalog/items/${await catalogDraft(true)}/versions` }),
  },
  'catalog.getVersion': {
    own: async () => ({ path: `/api/catalog/items/${await catalogDraft(true)}/versions/1` }),
  },
  'catalog.putDraft': {
    own: async () => {
      const code = await catalogDraft(false);
      const body = { ...seedItems[0]!, code, version: 1 };
      return { method: 'PUT', path: `/api/catalog/items/${code}/draft`, body };
    },
  },
  'catalog.publish': {
    own: async () => ({ method: 'POST', path: `/api/catalog/items/${await catalogDraft(false)}/publish` }),
  },
  'openapi.get': { own: async () => ({ path: '/api/openapi.json' }) },
  'search.query': { own: async () => ({ path: `/api/search?q=${encodeURIComponent('结婚登记')}` }) },
  'outlets.list': { own: async () => ({ path: '/api/outlets?near=23.1291,113.2644' }) },
  ...scenarioFixtures,
  ...formFixtures,
  ...caseFixtures,
  ...reliefFixtures,
  ...supervisionFixtures,
  ...calendarFixtures,
  ...certificateFixtures,
  ...registryFixtures,
  ...letterFixtures,
  ...dataFixtures,
  ...noticeFixtures,
  ...officialDocumentFixtures,
  ...gridFixtures,
};

async function call(route: RouteDefinition, user: string | undefined, c: Call) {
  return api(c.method ?? route.method, c.path, {
    token: user ? await tokenFor(user) : undefined,
    body: c.body,
    ...(c.rawBody !== undefined ? { rawBody: c.rawBody, headers: c.headers } : {}),
  });
}

describe('access matrix: every route × every role × own / other scope', () => {
  beforeAll(async () => {
    // Make sure every demo user can sign in before the matrix starts.
    await Promise.all(Object.values(userOf).map((u) => tokenFor(u)));
  });

  it('has a fixture for every route in the route table', () => {
    const missing = routes.map((r) => r.id).filter((id) => !fixtures[id]);
    expect(missing, 'routes without an access-matrix fixture').toEqual([]);
  });

  for (const route of routes as readonly RouteDefinition[]) {
    describe(`${route.method} ${route.path}`, () => {
      const fixture = fixtures[route.id]!;
      // A refused call changes nothing, so every refusal of this route (401 and each 403) sends the same request,
      // built once: building it can mean filing a case or a document, a second or more each time.
      let refusedCall: Promise<Call> | undefined;
      const refused = () => (refusedCall ??= fixture.own('citizen1'));
      if (!('public' in route.access)) {
        it('refuses a caller without a token (401)', async () => {
          expect((await call(route, undefined, await refused())).status).toBe(401);
        });
      }
      for (const role of roles) {
        const user = userOf[role];
        const scope = scopeFor(route, [role]);
        const admitted = 'public' in route.access || admittedRoles(route).includes(role);
        if (!admitted) {
          it(`refuses ${role} (403)`, async () => {
            expect((await call(route, user, await refused())).status).toBe(403);
          });
          continue;
        }
        it(`lets ${role} reach its own scope (${scope ?? 'public'})`, async () => {
          const res = await call(route, user, await fixture.own(user));
          expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
        });
        if (fixture.other) {
          const reachesOthers = scope === 'district';
          it(`${reachesOthers ? 'lets' : 'keeps'} ${role} ${reachesOthers ? 'reach' : 'from'} another's resource (${scope})`, async () => {
            const res = await call(route, user, await fixture.other!(user));
            if (reachesOthers) expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
            else expect(res.status, JSON.stringify(res.body)).toBe(404);
          });
        }
      }
    });
  }

  it("lists only the caller's department in an inbox", async () => {
    await fileOnlineCase('citizen1', onlineItem);
    const inbox = await api('GET', '/api/work-items', { token: await tokenFor('officer2') });
    expect(inbox.body.items.every((i: { department: string }) => i.department === 'market-supervision')).toBe(true);
  });
});
