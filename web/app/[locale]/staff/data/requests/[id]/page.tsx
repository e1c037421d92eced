import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { dataApi } from '@/lib/data-api';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { rolesOf } from '../../../_lib/staff-roles';
import { DecideForm } from './decide-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DataRequests'))('requestTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One data request: what was asked, why and for how long; the owner's decision, or the form to decide it. */
export default async function DataRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const session = await requireSession(`/staff/data/requests/${id}`);
  const [t, locale] = await Promise.all([getTranslations('DataRequests'), getLocale()]);
  if (!hasAnyRole(session.roles, rolesOf('data-sharing.getRequest'))) return <NoAccess text={t('staffOnly')} />;
  const request = await dataApi.getRequest(id).catch((error: unknown) => {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  });
  const decided = query.decided === 'granted' || query.decided === 'refused' ? query.decided : undefined;
  return (
    <>
      <p>
        <Link href="/staff/data/requests">{t('backToRequests')}</Link>
      </p>
      <h1>{t('requestHeading', { resource: inLocale(request.resourceTitle, locale) })}</h1>
      {decided ? (
        <div className="notice notice-success" role="status" data-testid="decided">
          {t(`decided.${decided}`)}
        </div>
      ) : null}
      <dl className="details" data-testid="data-request">
        <dt>{t('status')}</dt>
        <dd data-testid="request-status">{t(`statuses.${request.status}`)}</dd>
        <dt>{t('resource')}</dt>
        <dd>
          <Link href={`/staff/data/${request.resourceId}`}>{request.resourceId}</Link> ·{' '}
          {t(`classes.${request.sharingClass}`)}
        </dd>
        <dt>{t('owner')}</dt>
        <dd>{inLocale(request.ownerName, locale)}</dd>
        <dt>{t('requester')}</dt>
        <dd>
          {inLocale(request.requesterName, locale)} · {request.requestedBy}
        </dd>
        <dt>{t('fieldsWanted')}</dt>
        <dd>{request.fields.join('、')}</dd>
        <dt>{t('purpose')}</dt>
        <dd>{request.purpose}</dd>
        <dt>{t('legalBasis')}</dt>
        <dd>{request.legalBasis}</dd>
        <dt>{t('period')}</dt>
        <dd>
          {request.periodFrom} – {request.periodTo}
        </dd>
        <dt>{t('createdAt')}</dt>
        <dd>
          <DateTime value={request.createdAt} />
        </dd>
        {request.decideBy && request.status === 'pending' ? (
          <>
            <dt>{t('decideBy')}</dt>
            <dd>
              <DateTime value={request.decideBy} />
            </dd>
          </>
        ) : null}
        {request.decidedAt && request.status !== 'pending' ? (
          <>
            <dt>{t('decidedBy')}</dt>
            <dd>
              {request.decidedBy === 'system' ? t('bySystem') : request.decidedBy} ·{' '}
              <DateTime value={request.decidedAt} />
            </dd>
          </>
        ) : null}
        {request.opinion ? (
          <>
            <dt>{t('opinion')}</dt>
            <dd data-testid="request-opinion">{request.opinion}</dd>
          </>
        ) : null}
      </dl>
      {request.mayDecide ? <DecideForm requestId={request.requestId} version={request.version} /> : null}
    </>
  );
}
