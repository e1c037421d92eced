import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { dataApi } from '@/lib/data-api';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { rolesOf } from '../../_lib/staff-roles';
import { RequestTable } from './request-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DataRequests'))('title') };
}

/** My department's data requests, and the requests other departments made for its resources. */
export default async function DataRequestsPage() {
  const session = await requireSession('/staff/data/requests');
  const t = await getTranslations('DataRequests');
  if (!hasAnyRole(session.roles, rolesOf('data-sharing.listRequests'))) return <NoAccess text={t('staffOnly')} />;
  const [mine, owner] = await Promise.all([dataApi.listRequests('mine'), dataApi.listRequests('owner')]);
  return (
    <>
      <p>
        <Link href="/staff/data">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2 id="owner-heading">{t('ownerHeading')}</h2>
      <RequestTable requests={owner} side="owner" labelledBy="owner-heading" />
      <h2 id="mine-heading">{t('mineHeading')}</h2>
      <RequestTable requests={mine} side="mine" labelledBy="mine-heading" />
    </>
  );
}
