import { stepLimits } from '../../../workflows/step-limits.js';
import { chinaDate, nowIso, nowMs } from '../platform/clock.js';
import { AppError, conflict, forbidden, notFound } from '../platform/errors.js';
import { newSortableId } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { closeDirectItemUpdate, directItemPut, openDirectItemOf } from '../workitems/direct.js';
import { departmentName, getResource } from './catalog.js';
import type {
  DataRequestDecisionInput,
  DataRequestInput,
  DataRequestQuery,
  DataRequestRecord,
  DataRequestView,
} from './request-model.js';
import { resumeRequestWorkflow, startRequestWorkflow } from './request-workflow.js';
import * as store from './request-store.js';
import { seedResources } from './seed.js';

/**
 * Access requests (issue 15, item 2): made by an officer or head of a consuming department, granted at once for an
 * unconditional resource, decided by the owner's head in the inbox for a conditional one, refused for a resource not
 * shared. Errors: 400 INVALID_INPUT naming the field, 403 FORBIDDEN, 404 NOT_FOUND, 409 DATA_REQUEST_DECIDED /
 * DATA_REQUEST_STALE, 422 DATA_NOT_SHARED / DATA_REQUEST_OWN_DEPARTMENT.
 */

const invalid = (field: string, message: string) =>
  new AppError(400, 'INVALID_INPUT', `${field}: ${message}`, { fields: [{ field, message }] });

function departmentOf(principal: Principal): string {
  if (!principal.department) throw forbidden('Only staff of a department request or decide data');
  return principal.department;
}

/** Makes a request: granted at once (unconditional) or waiting in the owner head's inbox (conditional). */
export async function createRequest(principal: Principal, input: DataRequestInput): Promise<DataRequestView> {
  const department = departmentOf(principal);
  const resource = await getResource(input.resourceId);
  if (resource.sharingClass === 'none') {
    throw new AppError(422, 'DATA_NOT_SHARED', `${resource.identifier} is not shared (不予共享)`, {
      fields: [{ field: 'resourceId', message: 'a resource that is not shared cannot be requested' }],
    });
  }
  if (resource.ownerDepartment === department) {
    throw new AppError(422, 'DATA_REQUEST_OWN_DEPARTMENT', 'Your own department’s data needs no request', {
      fields: [{ field: 'resourceId', message: 'a resource of your own department' }],
    });
  }
  const known = new Set(resource.fields.map((f) => f.name));
  const unknown = input.fields.filter((f) => !known.has(f));
  if (unknown.length > 0) throw invalid('fields', `not fields of ${resource.identifier}: ${unknown.join(', ')}`);
  if (input.periodTo < chinaDate()) throw invalid('periodTo', 'the period must not have ended already');
  const at = nowIso();
  const { resourceId: _id, ...asked } = input;
  const base = {
    requestId: `dr-${newSortableId()}`,
    resourceId: resource.identifier,
    resourceTitle: resource.title,
    ownerDepartment: resource.ownerDepartment,
    requesterDepartment: department,
    requestedBy: principal.username,
    ...asked,
    createdAt: at,
    version: 1,
  };
  if (resource.sharingClass === 'unconditional') {
    const record: DataRequestRecord = {
      ...base,
      sharingClass: 'unconditional',
      status: 'granted',
      decidedAt: at,
      decidedBy: 'system',
    };
    if (!(await store.insertRequest(record, []))) throw new Error('data request id exists already');
    return viewOf(record, principal);
  }
  const record: DataRequestRecord = {
    ...base,
    sharingClass: 'conditional',
    status: 'pending',
    decideBy: new Date(nowMs() + stepLimits.dataRequestDays * 86_400_000).toISOString(),
  };
  const item = directItemPut({
    kind: 'data-request',
    subjectId: record.requestId,
    step: 'dataDecide',
    round: 1,
    subjectNumber: record.requestId,
    title: `数据共享申请：${resource.title.zh}（${departmentName(department).zh}）`,
    department: resource.ownerDepartment,
    role: 'head',
    submittedAt: at,
  });
  if (!(await store.insertRequest(record, [item]))) throw new Error('data request id exists already');
  await startRequestWorkflow(record);
  return viewOf(record, principal);
}

/** Who may see a request: its two departments, and the district (supervision). */
function visible(principal: Principal, scope: Scope | undefined, record: DataRequestRecord): boolean {
  if (scope === 'district') return true;
  return principal.department === record.ownerDepartment || principal.department === record.requesterDepartment;
}

const mayDecide = (principal: Principal, record: DataRequestRecord) =>
  record.status === 'pending' && principal.roles.includes('head') && principal.department === record.ownerDepartment;

export function viewOf(record: DataRequestRecord, principal: Principal): DataRequestView {
  return {
    ...record,
    ownerName: departmentName(record.ownerDepartment),
    requesterName: departmentName(record.requesterDepartment),
    mayDecide: mayDecide(principal, record),
  };
}

/** One request, for its two departments (and supervision); 404 for anyone else: existence is private. */
export async function getRequest(principal: Principal, scope: Scope | undefined, id: string) {
  const record = await store.getRequest(id);
  if (!record || !visible(principal, scope, record)) throw notFound('Data request');
  return viewOf(record, principal);
}

/** Owner departments whose requests supervision lists (the catalog's owners). */
const ownerDepartments = () => [...new Set(seedResources.map((r) => r.ownerDepartment))];

/** My department's requests (`mine`), or those for its resources (`owner`); supervision lists every owner's. */
export async function listRequests(principal: Principal, scope: Scope | undefined, query: DataRequestQuery) {
  let records: DataRequestRecord[];
  if (scope === 'district' && !principal.department) {
    records = (await Promise.all(ownerDepartments().map((d) => store.requestsFor(d)))).flat();
  } else {
    const department = departmentOf(principal);
    records = query.side === 'owner' ? await store.requestsFor(department) : await store.requestsBy(department);
  }
  const items = records
    .filter((r) => !query.status || r.status === query.status)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((r) => viewOf(r, principal));
  return { items };
}

/**
 * The owner's head grants or refuses a pending request with an opinion: the request and its item change together,
 * then the waiting workflow is told. 403 for anyone but the owner's head; 409 DATA_REQUEST_DECIDED when it was
 * decided or expired, DATA_REQUEST_STALE when `version` is not the request's.
 */
export async function decideRequest(
  principal: Principal,
  scope: Scope | undefined,
  id: string,
  input: DataRequestDecisionInput,
): Promise<DataRequestView> {
  const record = await store.getRequest(id);
  if (!record || !visible(principal, scope, record)) throw notFound('Data request');
  if (principal.department !== record.ownerDepartment) {
    throw forbidden('Only the head of the owning department decides a data request');
  }
  if (record.status !== 'pending') throw conflict('DATA_REQUEST_DECIDED', `The request is ${record.status} already`);
  if (record.version !== input.version) throw conflict('DATA_REQUEST_STALE', 'The request changed meanwhile');
  const at = nowIso();
  const decided: DataRequestRecord = {
    ...record,
    status: input.decision,
    opinion: input.opinion,
    decidedBy: principal.username,
    decidedAt: at,
    version: record.version + 1,
  };
  const item = await openDirectItemOf(id);
  const also = item ? [closeDirectItemUpdate(item, input.decision, principal.username, at)] : [];
  if (!(await store.saveRequest(decided, also))) {
    throw conflict('DATA_REQUEST_STALE', 'The request changed meanwhile');
  }
  if (item) await resumeRequestWorkflow(item.workItemId, decided);
  return viewOf(decided, principal);
}

/**
 * The time limit ran out (the workflow's Expire task): a pending request expires with its item closed. Answers
 * `expired` when this call expired it, `was-<status>` when it was decided or expired before.
 */
export async function expirePendingRequest(id: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const record = await store.getRequest(id);
    if (!record) throw new Error(`Data request ${id} does not exist`);
    if (record.status !== 'pending') return `was-${record.status}`;
    const at = nowIso();
    const expired: DataRequestRecord = {
      ...record,
      status: 'expired',
      decidedBy: 'system',
      decidedAt: at,
      version: record.version + 1,
    };
    const item = await openDirectItemOf(id);
    const also = item ? [closeDirectItemUpdate(item, 'expired', 'system', at)] : [];
    if (await store.saveRequest(expired, also)) return 'expired';
  }
  throw new Error(`Data request ${id} kept changing while it expired`);
}
