import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { inLocale } from '@/lib/catalog-terms';
import type { DataRequest } from '@/lib/data-api';

/** A table of data requests: the resource, the other department, the period and the status. */
export async function RequestTable({
  requests,
  side,
  labelledBy,
}: {
  requests: readonly DataRequest[];
  side: 'mine' | 'owner';
  labelledBy: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('DataRequests'), getLocale()]);
  if (requests.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="table" data-testid={`requests-${side}`}>
        <thead>
          <tr>
            <th scope="col">{t('resource')}</th>
            <th scope="col">{side === 'mine' ? t('owner') : t('requester')}</th>
            <th scope="col">{t('period')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr key={r.requestId}>
              <td>
                <Link href={`/staff/data/requests/${r.requestId}`}>{inLocale(r.resourceTitle, locale)}</Link>
              </td>
              <td>{inLocale(side === 'mine' ? r.ownerName : r.requesterName, locale)}</td>
              <td>
                {r.periodFrom} – {r.periodTo}
              </td>
              <td>{t(`statuses.${r.status}`)}</td>
              <td>
                <DateTime value={r.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
