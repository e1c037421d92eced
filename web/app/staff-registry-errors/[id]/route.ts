import { api } from '@/lib/api';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';

export const dynamic = 'force-dynamic';

/** An import's error file (line, field, reason) as a download, fetched with the steward's own token. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const session = await getSession();
  if (!session) return plainResponse(401, 'Sign in again to download the error file.');
  if (!hasAnyRole(session.roles, ['steward'])) return plainResponse(403, 'Data stewards only.');
  const upstream = await api.registryImportErrors((await params).id);
  if (!upstream.ok || !upstream.body)
    return plainResponse(upstream.status >= 500 ? 502 : upstream.status, 'Download failed.');
  return privateFileResponse(upstream.body, {
    contentType: 'text/csv; charset=utf-8',
    disposition: 'attachment; filename="errors.csv"',
  });
}
