import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { dataApi } from '@/lib/data-api';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { rolesOf } from '../../_lib/staff-roles';
import { ClientControls, RegisterForm } from './client-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MachineClients'))('title') };
}

/**
 * My department's systems that extract granted data with OAuth 2.0 client credentials (one client per system): the
 * head registers each (its secret shown once), rotates its secret and revokes it.
 */
export default async function MachineClientsPage() {
  const session = await requireSession('/staff/data/clients');
  const t = await getTranslations('MachineClients');
  if (!hasAnyRole(session.roles, rolesOf('data-sharing.listClients'))) return <NoAccess text={t('headsOnly')} />;
  const clients = await dataApi.clients();
  return (
    <>
      <p>
        <Link href="/staff/data">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <RegisterForm />
      <h2 id="clients-heading">{t('listTitle')}</h2>
      {clients.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul data-testid="machine-clients">
          {clients.map((c) => (
            <li key={c.clientId} className="panel">
              <h3>{c.system}</h3>
              <dl className="details">
                <dt>{t('clientId')}</dt>
                <dd>{c.clientId}</dd>
                <dt>{t('contact')}</dt>
                <dd>{c.contact}</dd>
                <dt>{t('scopes')}</dt>
                <dd>{c.scopes.join(' ')}</dd>
                <dt>{t('createdAt')}</dt>
                <dd>
                  <DateTime value={c.createdAt} /> · {c.createdBy}
                </dd>
                {c.rotatedAt ? (
                  <>
                    <dt>{t('rotatedAt')}</dt>
                    <dd>
                      <DateTime value={c.rotatedAt} />
                    </dd>
                  </>
                ) : null}
                <dt>{t('status')}</dt>
                <dd data-testid="client-status">{c.revokedAt ? t('revoked') : t('active')}</dd>
              </dl>
              {c.revokedAt ? null : <ClientControls clientId={c.clientId} system={c.system} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
