import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { gridApi } from '@/lib/grid-api';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { sectionRoles } from '../../_lib/staff-roles';
import { IssueForm } from './issue-form';
import { RevokeControl } from './revoke-control';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Open311Clients'))('title') };
}

/**
 * The Open311 clients (apps and organisations that report city events through GeoReport v2 at /open311/v2/):
 * the command centre's dispatchers issue each its api_key (shown once), see who holds one, and revoke it.
 */
export default async function Open311ClientsPage() {
  const session = await requireSession('/staff/grid/open311-clients');
  const t = await getTranslations('Open311Clients');
  if (!hasAnyRole(session.roles, sectionRoles('open311Clients'))) return <NoAccess text={t('dispatchersOnly')} />;
  const clients = await gridApi.open311Clients();
  return (
    <>
      <p>
        <Link href="/staff/grid">{t('backToGrid')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <IssueForm />
      <h2 id="clients-title">{t('listTitle')}</h2>
      {clients.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="clients-caption">
          <table className="table" data-testid="open311-clients">
            <caption id="clients-caption">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('keyId')}</th>
                <th scope="col">{t('contact')}</th>
                <th scope="col">{t('created')}</th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.keyId} data-testid={`client-${c.keyId}`}>
                  <td data-label={t('name')}>{c.name}</td>
                  <td data-label={t('keyId')}>
                    <code>{c.keyId}</code>
                  </td>
                  <td data-label={t('contact')}>{c.contact}</td>
                  <td data-label={t('created')}>
                    <DateTime value={c.createdAt} /> {t('by', { who: c.createdBy })}
                  </td>
                  <td data-label={t('status')}>
                    {c.revokedAt ? (
                      <>
                        <strong>{t('revoked')}</strong> <DateTime value={c.revokedAt} />
                        {c.revokedBy ? ` ${t('by', { who: c.revokedBy })}` : null}
                      </>
                    ) : (
                      <>
                        <span>{t('active')}</span> <RevokeControl keyId={c.keyId} name={c.name} />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
