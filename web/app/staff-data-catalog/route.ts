import { sectionRoles } from '@/app/[locale]/staff/_lib/staff-roles';
import { api } from '@/lib/api';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';
import { plainResponse, privateFileResponse } from '@/lib/file-responses';

export const dynamic = 'force-dynamic';

/** The data resource catalog as DCAT JSON-LD, a download fetched with the staff member's own token. */
export async function GET(): Promise<Response> {
  const session = await getSession();
  if (!session) return plainResponse(401, 'Sign in again to download the catalog.');
  if (!hasAnyRole(session.roles, sectionRoles('data'))) return plainResponse(403, 'Department staff only.');
  const upstream = await api.dataCatalogJsonLd();
  if (!upstream.ok || !upstream.body)
    return plainResponse(upstream.status >= 500 ? 502 : upstream.status, 'Download failed.');
  return privateFileResponse(upstream.body, {
    contentType: 'application/ld+json; charset=utf-8',
    disposition: 'attachment; filename="catalog.jsonld"',
  });
}
