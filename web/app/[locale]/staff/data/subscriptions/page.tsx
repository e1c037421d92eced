import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { inLocale } from '@/lib/catalog-terms';
import { dataApi } from '@/lib/data-api';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { rolesOf } from '../../_lib/staff-roles';
import { SubscribeForm, UnsubscribeForm } from './subscription-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DataSubscriptions'))('title') };
}

/**
 * My department's subscriptions to change events of the resources it holds grants of (issue 15, item 5): its
 * officers and head see each webhook or queue and how its deliveries went (a queue's waiting events); the head
 * subscribes a webhook (the signing secret shown once) or a queue its system reads, and ends subscriptions.
 */
export default async function DataSubscriptionsPage() {
  const session = await requireSession('/staff/data/subscriptions');
  const [t, locale] = await Promise.all([getTranslations('DataSubscriptions'), getLocale()]);
  if (!hasAnyRole(session.roles, rolesOf('data-sharing.listSubscriptions'))) return <NoAccess text={t('staffOnly')} />;
  const manages = hasAnyRole(session.roles, rolesOf('data-sharing.createSubscription'));
  const [subscriptions, requests] = await Promise.all([dataApi.subscriptions(), dataApi.listRequests('mine')]);
  // The resources my department holds a grant of, once each: what it may subscribe to, and their titles.
  const granted = new Map(
    requests.filter((r) => r.status === 'granted').map((r) => [r.resourceId, inLocale(r.resourceTitle, locale)]),
  );
  const resources = [...granted].map(([id, title]) => ({ id, title }));
  return (
    <>
      <p>
        <Link href="/staff/data">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {manages ? <SubscribeForm resources={resources} /> : <p>{t('headsSubscribe')}</p>}
      <h2 id="subscriptions-heading">{t('listTitle')}</h2>
      {subscriptions.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul data-testid="subscriptions" aria-labelledby="subscriptions-heading">
          {subscriptions.map((s) => (
            <li key={s.subscriptionId} className="panel">
              <h3>{granted.get(s.resourceId) ?? s.resourceId}</h3>
              <dl className="details">
                <dt>{t('subscriptionId')}</dt>
                <dd>{s.subscriptionId}</dd>
                <dt>{t('resource')}</dt>
                <dd>{s.resourceId}</dd>
                <dt>{t('kind')}</dt>
                <dd>{t(`kinds.${s.kind}`)}</dd>
                {s.webhookUrl ? (
                  <>
                    <dt>{t('webhookUrl')}</dt>
                    <dd className="preserve-lines">{s.webhookUrl}</dd>
                  </>
                ) : null}
                {s.kind === 'queue' ? (
                  <>
                    <dt>{t('pending')}</dt>
                    <dd data-testid="queue-pending">
                      {s.pendingMessages === undefined
                        ? t('pendingUnknown')
                        : t('pendingCount', { count: s.pendingMessages })}
                    </dd>
                  </>
                ) : null}
                <dt>{t('createdAt')}</dt>
                <dd>
                  <DateTime value={s.createdAt} /> · {s.createdBy}
                </dd>
                <dt>{t('delivery')}</dt>
                <dd data-testid="delivery-status">
                  {s.failedDeliveries === 0 ? t('allDelivered') : t('failed', { count: s.failedDeliveries })}
                </dd>
                {s.lastFailure ? (
                  <>
                    <dt>{t('lastFailure')}</dt>
                    <dd className="preserve-lines">
                      <DateTime value={s.lastFailure.at} /> · {s.lastFailure.eventId} · {s.lastFailure.error}
                    </dd>
                  </>
                ) : null}
              </dl>
              {manages ? <UnsubscribeForm subscriptionId={s.subscriptionId} resource={s.resourceId} /> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
