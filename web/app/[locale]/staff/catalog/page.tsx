import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('CatalogEditor'))('listTitle') };
}

/** Every service item for the cataloger, searchable by code or name, each a link to its editor. */
export default async function CatalogListPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const session = await requireSession('/staff/catalog');
  const t = await getTranslations('CatalogEditor');
  const locale = await getLocale();
  if (!session.roles.includes('cataloger')) return <NoAccess text={t('catalogersOnly')} />;
  const q = ((await searchParams).q ?? '').trim().slice(0, 80);
  const needle = q.toLowerCase();
  const items = (await api.listCatalogItems()).filter(
    (i) =>
      !needle ||
      i.code.toLowerCase().includes(needle) ||
      i.name.zh.includes(q) ||
      i.name.en.toLowerCase().includes(needle),
  );
  return (
    <>
      <h1>{t('listTitle')}</h1>
      <p>{t('listIntro')}</p>
      <form method="get" className="form audit-filters" role="search" aria-labelledby="catalog-search-label">
        <div className="field">
          <label htmlFor="catalog-q" id="catalog-search-label">
            {t('search')}
          </label>
          <input id="catalog-q" name="q" type="search" defaultValue={q} maxLength={80} />
        </div>
        <button type="submit" className="button">
          {t('searchButton')}
        </button>
      </form>
      <p role="status">{t('found', { count: items.length })}</p>
      {items.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('listTitle')}>
          <table className="table" data-testid="catalog-items">
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('department')}</th>
                <th scope="col">{t('statusColumn')}</th>
                <th scope="col">{t('updatedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.code}>
                  <td>{i.code}</td>
                  <td>
                    <Link href={`/staff/catalog/${i.code}`}>{inLocale(i.name, locale)}</Link>
                  </td>
                  <td>{termName('department', i.department, locale)}</td>
                  <td>
                    {t(`status.${i.status}`, { version: i.publishedVersion ?? 0 })}
                    {i.hasDraft ? ` ${t('hasDraft')}` : ''}
                  </td>
                  <td>
                    <DateTime value={i.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
