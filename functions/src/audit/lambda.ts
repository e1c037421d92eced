import { groupHandler } from '../platform/http-handler.js';
import { exportAuditCsv, searchAudit } from './service.js';

const filters = (query: Readonly<Record<string, string>>) => ({
  actor: query.actor,
  action: query.action,
  from: query.from,
  to: query.to,
});

/**
 * Supervisors search and export the audit trail; both are audited themselves (audit.search,
 * audit.export). Errors: 400 AUDIT_QUERY_INVALID, 401, 403.
 */
export const handler = groupHandler('audit', {
  search: async ({ query }) => ({
    body: await searchAudit({
      ...filters(query),
      limit: query.limit ? Number(query.limit) : undefined,
      cursor: query.cursor,
    }),
    audit: { action: 'audit.search' },
  }),
  export: async ({ query }) => {
    const { csv, rows, truncated } = await exportAuditCsv(filters(query));
    return {
      body: csv,
      raw: true,
      headers: {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': 'attachment; filename="audit.csv"',
        'x-truncated': String(truncated),
      },
      audit: { action: 'audit.export', details: { rows: String(rows), truncated: String(truncated) } },
    };
  },
});
