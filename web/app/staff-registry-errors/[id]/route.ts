import { NextResponse } from 'next/server';
import { api } from '@/lib/api';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';

export const dynamic = 'force-dynamic';

/** An import's error file (line, field, reason) as a download, fetched with the steward's own token. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const session = await getSession();
  if (!session) return plain(401, 'Sign in again to download the error file.');
  if (!hasAnyRole(session.roles, ['steward'])) return plain(403, 'Data stewards only.');
  const upstream = await api.registryImportErrors((await params).id);
  if (!upstream.ok || !upstream.body) return plain(upstream.status >= 500 ? 502 : upstream.status, 'Download failed.');
  return new NextResponse(upstream.body, {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="errors.csv"',
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
