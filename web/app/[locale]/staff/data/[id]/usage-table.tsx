import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { inLocale } from '@/lib/catalog-terms';
import type { DataExtraction } from '@/lib/data-api';

/** Who used the owner's data (数据使用记录): each extraction, newest first — when, who, which grant, how many. */
export async function UsageTable({ usage }: { usage: readonly DataExtraction[] }) {
  const [t, locale] = await Promise.all([getTranslations('DataRequests'), getLocale()]);
  return (
    <section aria-labelledby="usage-heading">
      <h2 id="usage-heading">{t('usageHeading')}</h2>
      {usage.length === 0 ? (
        <p>{t('usageNone')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="usage-heading">
          <table className="table" data-testid="data-usage">
            <thead>
              <tr>
                <th scope="col">{t('usageAt')}</th>
                <th scope="col">{t('requester')}</th>
                <th scope="col">{t('usageBy')}</th>
                <th scope="col">{t('usageCount')}</th>
                <th scope="col">{t('usageGrant')}</th>
              </tr>
            </thead>
            <tbody>
              {usage.map((u) => (
                <tr key={`${u.at}-${u.by}`}>
                  <td>
                    <DateTime value={u.at} />
                  </td>
                  <td>{inLocale(u.departmentName, locale)}</td>
                  <td>{u.by.startsWith('client:') ? t('usageBySystem', { client: u.by.slice(7) }) : u.by}</td>
                  <td>{u.count}</td>
                  <td>
                    <Link href={`/staff/data/requests/${u.requestId}`}>{u.requestId}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
