import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { DateTime } from '@/components/date-time';
import { api, isApiError } from '@/lib/api';
import { apiErrorText } from '@/lib/api-error-text';

export interface DrillQuery {
  readonly registry: string;
  readonly problem: string;
  readonly field: string;
  readonly cursor?: string;
}

/**
 * The records behind one quality figure of the latest computation, a page at a time (persons masked by the
 * API; each page a read of personal data in the audit trail). Plain links page on, so it works without script.
 */
export async function DrillDown({ query }: { query: DrillQuery }) {
  const t = await getTranslations('Registries');
  let page;
  try {
    page = await api.getRegistryQualityIssues(query);
  } catch (error) {
    return (
      <section aria-labelledby="drill-heading" data-testid="quality-drill">
        <h2 id="drill-heading">{t('drillHeading')}</h2>
        <p role={isApiError(error, 404) ? undefined : 'alert'}>
          {isApiError(error, 404) ? t('drillNone') : t('drillFailed', { message: await apiErrorText(error) })}
        </p>
      </section>
    );
  }
  const field = page.field === '*' ? t('wholeRecord') : page.field;
  const base = { registry: page.registry, problem: page.problem, field: page.field };
  return (
    <section aria-labelledby="drill-heading" data-testid="quality-drill">
      <h2 id="drill-heading">{t('drillHeading')}</h2>
      <p>
        {t('drillSummary', {
          registry: t(page.registry),
          field,
          problem: t(`problem.${page.problem}`),
          count: page.count,
          listed: page.listed,
        })}{' '}
        · {t('computedAt')} <DateTime value={page.computedAt} />
      </p>
      {page.registry === 'persons' ? <p>{t('maskedNote')}</p> : null}
      {page.items.length === 0 ? (
        <p>{t('drillNone')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('record')}</th>
                <th scope="col">{t('detail')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item, index) => (
                <tr key={`${item.label}-${index}`}>
                  <td>{item.label}</td>
                  <td>{item.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {query.cursor ? (
          <Link href={{ pathname: '/staff/registries', query: base, hash: 'drill-heading' }}>{t('firstPage')}</Link>
        ) : null}
        {query.cursor && page.nextCursor ? ' · ' : null}
        {page.nextCursor ? (
          <Link
            href={{ pathname: '/staff/registries', query: { ...base, cursor: page.nextCursor }, hash: 'drill-heading' }}
          >
            {t('nextPage')}
          </Link>
        ) : null}
      </p>
    </section>
  );
}
