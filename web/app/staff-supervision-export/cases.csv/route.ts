import { NextResponse, type NextRequest } from 'next/server';
import { api } from '@/lib/api';
import { supervisionFiltersSchema } from '@/lib/api-schemas';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';
import { plainResponse } from '@/lib/file-responses';

export const dynamic = 'force-dynamic';

/**
 * The supervised cases as a CSV download: streams GET /api/supervision/export with the caller's own token,
 * so the browser never holds the token. The path ends in `.csv`, which keeps it clear of the locale
 * routing. 401 signed out (or locked), 403 neither supervisor nor head (or another department than a
 * head's own), 400 bad filters.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const session = await getSession();
  if (!session) return plainResponse(401, 'Sign in again to export the cases.');
  if (!hasAnyRole(session.roles, ['supervisor', 'head'])) return plainResponse(403, 'Supervisors and heads only.');
  const filters = supervisionFiltersSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!filters.success) return plainResponse(400, 'Invalid filters.');

  const upstream = await api.exportSupervision(filters.data).catch(() => undefined);
  if (!upstream) return plainResponse(502, 'Export failed.');
  if (!upstream.ok || !upstream.body)
    return plainResponse(upstream.status >= 500 ? 502 : upstream.status, 'Export failed.');
  const stamp = new Date().toISOString().slice(0, 19).replaceAll(':', '').replace('T', '-');
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="cases-${stamp}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'x-truncated': upstream.headers.get('x-truncated') ?? 'false',
    },
  });
}
