import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { buildingParams, entityParams, importInput, importParams, personParams, qualityIssuesQuery } from './model.js';
import { qualityIssues, qualityReport } from './quality.js';
import { personKey } from './records.js';
import { recordPrefix } from './store.js';
import * as registries from './service.js';

/**
 * Lookup by exact identifier only (no listing, no search of people); every person or entity read is
 * audited as a read of personal data, naming the record by its blind index, never the number itself.
 * Errors: 400 INVALID_INPUT (details.fields names the bad parameter), 400 IMPORT_FILE_INVALID (the file's
 * header or encoding), 401 UNAUTHORIZED, 403 FORBIDDEN, 404 NOT_FOUND (also a quality figure not measured),
 * 409 IMPORT_ID_TAKEN (an import id used before), 409 IMPORT_RUNNING (another import of the registry runs).
 */
export const handler = groupHandler('registries', {
  getPerson: async ({ params }) => {
    const { idNumber } = parseInput(personParams, params);
    const person = await registries.lookupPerson(idNumber);
    // The audit names the record by its blind index (a system id), never by the number.
    const resourceId = (await personKey(idNumber)).slice(recordPrefix.persons.length);
    return { body: person, audit: { resourceId, details: { registry: 'persons' } } };
  },
  getEntity: async ({ params }) => {
    const { creditCode } = parseInput(entityParams, params);
    return { body: await registries.lookupEntity(creditCode), audit: { resourceId: creditCode } };
  },
  getBuilding: async ({ params }) => {
    const { code } = parseInput(buildingParams, params);
    return { body: await registries.lookupBuilding(code) };
  },
  startImport: async ({ principal, body }) => {
    const job = await registries.startImport(principal, parseInput(importInput, body));
    const details = {
      registry: job.registry,
      created: String(job.created),
      updated: String(job.updated),
      rejected: String(job.rejected),
    };
    return { status: 201, body: job, audit: { resourceId: job.id, details } };
  },
  getImport: async ({ params }) => ({ body: await registries.getImport(parseInput(importParams, params).id) }),
  importErrors: async ({ params }) => ({
    body: await registries.importErrors(parseInput(importParams, params).id),
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="errors.csv"' },
    raw: true,
  }),
  quality: async () => ({ body: await qualityReport() }),
  qualityIssues: async ({ query }) => {
    const page = await qualityIssues(parseInput(qualityIssuesQuery, query));
    // A read of personal data (masked persons): audited by what was listed, never by whom.
    const details = {
      registry: page.registry,
      field: page.field,
      problem: page.problem,
      listed: String(page.items.length),
    };
    // The figure as a system id (registry:problem:field; `*`, the whole record, as `record`).
    const resourceId = `${page.registry}:${page.problem}:${page.field === '*' ? 'record' : page.field}`;
    return { body: page, audit: { resourceId, details } };
  },
});
