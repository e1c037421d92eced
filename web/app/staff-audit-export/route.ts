import type { NextRequest } from 'next/server';
import { api } from '@/lib/api';
import { auditFiltersSchema } from '@/lib/api-schemas';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';
import { nowMs } from '../../../functions/src/platform/clock';

export const dynamic = 'force-dynamic';

/**
 * The audit search as a CSV download: streams GET /api/audit/export with the supervisor's own token, so the
 * browser never holds the token. 401 signed out (or locked), 403 not a supervisor, 400 bad filters.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const session = await getSession();
  if (!session) return plainResponse(401, 'Sign in again to export the audit log.');
  if (!hasAnyRole(session.roles, ['supervisor'])) return plainResponse(403, 'Supervisors only.');
  const filters = auditFiltersSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filters.success) return plainResponse(400, 'Invalid audit filters.');

  const upstream = await api.exportAudit(filters.data);
  if (!upstream.ok || !upstream.body)
    return plainResponse(upstream.status >= 500 ? 502 : upstream.status, 'Export failed.');
  const stamp = new Date(nowMs()).toISOString().slice(0, 19).replaceAll(':', '').replace('T', '-');
  return privateFileResponse(upstream.body, {
    contentType: 'text/csv; charset=utf-8',
    disposition: `attachment; filename="audit-${stamp}.csv"`,
  });
}
