import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Pagination } from '@/components/pagination';
import { SearchBox } from '@/components/search-box';
import { ServiceList } from '@/components/service-list';
import { getPathname, Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { audienceCodes, departmentCodes, inLocale, lifeEventCodes } from '@/lib/catalog-terms';
import type { CountedTerm } from '@/lib/hall-schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Hall'))('title') };
}

const pageSize = 20;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The filters of the URL that the catalog knows; anything else is dropped rather than sent to the API. */
function filtersOf(params: Record<string, string | string[] | undefined>) {
  const one = (name: string) => (typeof params[name] === 'string' ? params[name] : undefined);
  const known = (value: string | undefined, codes: readonly string[]) =>
    value !== undefined && codes.includes(value) ? value : undefined;
  const page = Number(one('page'));
  return {
    department: known(one('department'), departmentCodes),
    lifeEvent: known(one('lifeEvent'), lifeEventCodes),
    audience: known(one('audience'), audienceCodes),
    online: one('online') === 'true' ? 'true' : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

export default async function ServiceHallPage({ searchParams }: { searchParams: SearchParams }) {
  const { page, ...filters } = filtersOf(await searchParams);
  const [t, locale] = await Promise.all([getTranslations('Hall'), getLocale()]);
  const [list, departments, lifeEvents, citizen, enterprise] = await Promise.all([
    api.listServices({ ...filters, page, pageSize }),
    api.listDepartments(),
    api.listLifeEvents(),
    api.listServices({ audience: 'citizen', pageSize: 1 }),
    api.listServices({ audience: 'enterprise', pageSize: 1 }),
  ]);
  const audiences: CountedTerm[] = [
    { code: 'citizen', name: { zh: t('audienceCitizen'), en: t('audienceCitizen') }, count: citizen.total },
    { code: 'enterprise', name: { zh: t('audienceEnterprise'), en: t('audienceEnterprise') }, count: enterprise.total },
  ];
  const filtered = Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <SearchBox id="hall-search" className="search-box search-box-large" landmarkLabel={t('title')} />
      <p>
        {t('scenariosHint')} <Link href="/scenarios">{t('scenariosLink')}</Link>
      </p>

      <Facet id="life-events" heading={t('byLifeEvent')} param="lifeEvent" terms={lifeEvents} />
      <Facet id="departments" heading={t('byDepartment')} param="department" terms={departments} />
      <Facet id="audiences" heading={t('byAudience')} param="audience" terms={audiences} />

      <section aria-labelledby="filters-heading" className="panel">
        <h2 id="filters-heading">{t('filtersHeading')}</h2>
        {/* Keyed by the filters: a client-side navigation then remounts it with the new default values. */}
        <form
          key={JSON.stringify(filters)}
          method="get"
          action={getPathname({ href: '/services', locale })}
          className="filter-grid"
        >
          <Select
            name="department"
            label={t('department')}
            any={t('any')}
            value={filters.department}
            terms={departments}
          />
          <Select name="lifeEvent" label={t('lifeEvent')} any={t('any')} value={filters.lifeEvent} terms={lifeEvents} />
          <Select name="audience" label={t('audience')} any={t('any')} value={filters.audience} terms={audiences} />
          <div className="field">
            <label className="checkbox">
              <input type="checkbox" name="online" value="true" defaultChecked={filters.online === 'true'} />
              {t('onlineOnly')}
            </label>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t('applyFilters')}
            </button>
            {filtered ? <Link href="/services">{t('clearFilters')}</Link> : null}
          </div>
        </form>
      </section>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading">{t('resultsHeading')}</h2>
        <p role="status">{t('resultsCount', { total: list.total })}</p>
        {list.items.length === 0 ? <p>{t('empty')}</p> : <ServiceList items={list.items} />}
        <Pagination pathname="/services" query={filters} page={list.page} pageSize={list.pageSize} total={list.total} />
      </section>
    </>
  );

  async function Facet(props: { id: string; heading: string; param: string; terms: readonly CountedTerm[] }) {
    const current = filters[props.param as keyof typeof filters];
    return (
      <section aria-labelledby={`${props.id}-heading`}>
        <h2 id={`${props.id}-heading`}>{props.heading}</h2>
        <ul className="facet-grid">
          {props.terms
            .filter((term) => term.count > 0)
            .map((term) => (
              <li key={term.code}>
                <Link
                  href={{ pathname: '/services', query: { [props.param]: term.code } }}
                  className="facet-link"
                  aria-current={current === term.code ? 'true' : undefined}
                >
                  <span>{inLocale(term.name, locale)}</span>
                  <span className="facet-count">{t('count', { count: term.count })}</span>
                </Link>
              </li>
            ))}
        </ul>
      </section>
    );
  }

  function Select(props: { name: string; label: string; any: string; value?: string; terms: readonly CountedTerm[] }) {
    return (
      <div className="field">
        <label htmlFor={`filter-${props.name}`}>{props.label}</label>
        <select id={`filter-${props.name}`} name={props.name} defaultValue={props.value ?? ''}>
          <option value="">{props.any}</option>
          {props.terms.map((term) => (
            <option key={term.code} value={term.code}>
              {inLocale(term.name, locale)}
            </option>
          ))}
        </select>
      </div>
    );
  }
}
