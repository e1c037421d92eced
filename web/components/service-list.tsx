import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { inLocale, isFullyOnline, termName } from '@/lib/catalog-terms';
import type { ServiceSummary } from '@/lib/hall-schemas';

/**
 * Service items as a list of cards: name (link to the guide), department, code, time limit and badges. The
 * guides are the hall's (`/services/{code}`) unless `guidesAt` names another area's (the kiosk's).
 */
export async function ServiceList({
  items,
  guidesAt = '/services',
}: {
  items: readonly ServiceSummary[];
  guidesAt?: '/services' | '/kiosk/services';
}) {
  const [t, locale] = await Promise.all([getTranslations('Hall'), getLocale()]);
  return (
    <ul className="service-list" data-testid="service-list">
      {items.map((item) => (
        <li key={item.code} className="service-row">
          <h3 className="service-name">
            <Link href={`${guidesAt}/${item.code}`}>{inLocale(item.name, locale)}</Link>
          </h3>
          <p className="service-meta">
            <span>{termName('department', item.department, locale)}</span>
            <span>
              {t('itemCode')} {item.code}
            </span>
            <span>{item.promisedDays === 0 ? t('immediate') : t('promisedDays', { days: item.promisedDays })}</span>
          </p>
          <p className="badges">
            {isFullyOnline(item) ? (
              <span className="badge badge-online">{t('fullyOnline')}</span>
            ) : (
              <>
                {item.online ? <span className="badge badge-apply">{t('online')}</span> : null}
                <span className="badge badge-visits">{t('counterVisits', { count: item.counterVisits })}</span>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
