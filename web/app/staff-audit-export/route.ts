import { NextResponse, type NextRequest } from 'next/server';
import { api } from '@/lib/api';
import { auditFiltersSchema } from '@/lib/api-schemas';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

/**
 * The audit search as a CSV download: streams GET /api/audit/export with the supervisor's own token, so the
 * browser never holds the token. 401 signed out (or locked), 403 not a supervisor, 400 bad filters.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const session = await getSession();
  if (!session) return plain(401, 'Sign in again to export the audit log.');
  if (!hasAnyRole(session.roles, ['supervisor'])) return plain(403, 'Supervisors only.');
  const filters = auditFiltersSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filters.success) return plain(400, 'Invalid audit filters.');

  const upstream = await api.exportAudit(filters.data);
  if (!upstream.ok || !upstream.body) return plain(upstream.status >= 500 ? 502 : upstream.status, 'Export failed.');
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '').replace('T', '-');
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="audit-${stamp}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

function plain(status: number, message: string): NextResponse {
  return new NextResponse(message, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
