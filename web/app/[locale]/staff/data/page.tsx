import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { sharingClasses } from '../../../../../functions/src/data-sharing/model';
import { rolesOf, sectionRoles } from '../_lib/staff-roles';
import { RecordCount } from './record-count';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DataSharing'))('title') };
}

type Query = { q?: string; department?: string; sharingClass?: string };

/** The data resource catalog (issue 15): what every department shares, searchable, each a link to its page. */
export default async function DataCatalogPage({ searchParams }: { searchParams: Promise<Query> }) {
  const session = await requireSession('/staff/data');
  const t = await getTranslations('DataSharing');
  const locale = await getLocale();
  if (!hasAnyRole(session.roles, sectionRoles('data'))) return <NoAccess text={t('staffOnly')} />;
  const query = await searchParams;
  const q = (query.q ?? '').trim().slice(0, 100);
  const sharingClass = sharingClasses.find((c) => c === query.sharingClass);
  const all = await api.listDataResources({});
  const owners = [...new Map(all.items.map((r) => [r.ownerDepartment, r.ownerName])).entries()];
  const department = owners.find(([code]) => code === query.department)?.[0];
  const { items } = await api.listDataResources({ q, department, sharingClass });
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {hasAnyRole(session.roles, rolesOf('data-sharing.listRequests')) ? (
        <p>
          <Link href="/staff/data/requests">{t('requestsLink')}</Link>
        </p>
      ) : null}
      {hasAnyRole(session.roles, rolesOf('data-sharing.listClients')) ? (
        <p>
          <Link href="/staff/data/clients">{t('clientsLink')}</Link>
        </p>
      ) : null}
      {hasAnyRole(session.roles, rolesOf('data-sharing.listSubscriptions')) ? (
        <p>
          <Link href="/staff/data/subscriptions">{t('subscriptionsLink')}</Link>
        </p>
      ) : null}
      <form method="get" className="form audit-filters" role="search" aria-label={t('title')}>
        <div className="field">
          <label htmlFor="data-q">{t('search')}</label>
          <input id="data-q" name="q" type="search" defaultValue={q} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="data-department">{t('department')}</label>
          <select id="data-department" name="department" defaultValue={department ?? ''}>
            <option value="">{t('anyDepartment')}</option>
            {owners.map(([code, name]) => (
              <option key={code} value={code}>
                {inLocale(name, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="data-class">{t('sharingClass')}</label>
          <select id="data-class" name="sharingClass" defaultValue={sharingClass ?? ''}>
            <option value="">{t('anyClass')}</option>
            {sharingClasses.map((c) => (
              <option key={c} value={c}>
                {t(`classes.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('searchButton')}
        </button>
      </form>
      <p role="status">{t('found', { count: items.length })}</p>
      {items.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('title')}>
          <table className="table" data-testid="data-resources">
            <thead>
              <tr>
                <th scope="col">{t('identifier')}</th>
                <th scope="col">{t('resourceTitle')}</th>
                <th scope="col">{t('department')}</th>
                <th scope="col">{t('sharingClass')}</th>
                <th scope="col">{t('updateFrequency')}</th>
                <th scope="col">{t('records')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.identifier}>
                  <td>{r.identifier}</td>
                  <td>
                    <Link href={`/staff/data/${r.identifier}`}>{inLocale(r.title, locale)}</Link>
                  </td>
                  <td>{inLocale(r.ownerName, locale)}</td>
                  <td>{t(`classes.${r.sharingClass}`)}</td>
                  <td>{t(`frequencies.${r.updateFrequency}`)}</td>
                  <td>
                    <RecordCount resource={r} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p>
        <a href="/staff-data-catalog" download>
          {t('dcat')}
        </a>
      </p>
    </>
  );
}
