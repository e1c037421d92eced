import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ServiceList } from '@/components/service-list';
import { Pagination } from '@/components/pagination';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { departmentCodes, inLocale, lifeEventCodes } from '@/lib/catalog-terms';
import type { CountedTerm } from '@/lib/hall-schemas';
import { KioskPageHead } from '../_components/page-head';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Kiosk'))('servicesTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const pageSize = 10;

/** The category the URL names, if the catalog knows it; anything else shows the categories. */
function categoryOf(params: Record<string, string | string[] | undefined>) {
  const one = (name: string) => (typeof params[name] === 'string' ? params[name] : undefined);
  const lifeEvent = one('lifeEvent');
  const department = one('department');
  const page = Number(one('page'));
  const pageNumber = Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
  if (lifeEvent && lifeEventCodes.includes(lifeEvent))
    return { param: 'lifeEvent', code: lifeEvent, page: pageNumber } as const;
  if (department && departmentCodes.includes(department))
    return { param: 'department', code: department, page: pageNumber } as const;
  return undefined;
}

/**
 * Finding a service by category on the kiosk: life events and departments as large tiles; a chosen one lists
 * its services (the hall's catalog), each opening the kiosk's guide.
 */
export default async function KioskServicesPage({ searchParams }: { searchParams: SearchParams }) {
  const category = categoryOf(await searchParams);
  const [t, locale, lifeEvents, departments] = await Promise.all([
    getTranslations('Kiosk'),
    getLocale(),
    api.listLifeEvents(),
    api.listDepartments(),
  ]);

  if (category) {
    const terms = category.param === 'lifeEvent' ? lifeEvents : departments;
    const term = terms.find((candidate) => candidate.code === category.code);
    const name = term ? inLocale(term.name, locale) : category.code;
    const list = await api.listServices({ [category.param]: category.code, page: category.page, pageSize });
    return (
      <>
        <KioskPageHead title={name} backHref="/kiosk/services" />
        <p role="status">{t('itemsOf', { name, total: list.total })}</p>
        {list.items.length === 0 ? <p>{t('empty')}</p> : <ServiceList items={list.items} guidesAt="/kiosk/services" />}
        <Pagination
          pathname="/kiosk/services"
          query={{ [category.param]: category.code }}
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
        />
      </>
    );
  }

  return (
    <>
      <KioskPageHead title={t('servicesTitle')} backHref="/kiosk" />
      <Categories id="life-events" heading={t('byLifeEvent')} param="lifeEvent" terms={lifeEvents} />
      <Categories id="departments" heading={t('byDepartment')} param="department" terms={departments} />
    </>
  );

  function Categories(props: { id: string; heading: string; param: string; terms: readonly CountedTerm[] }) {
    return (
      <section aria-labelledby={`${props.id}-heading`}>
        <h2 id={`${props.id}-heading`}>{props.heading}</h2>
        <ul className="kiosk-categories">
          {props.terms
            .filter((term) => term.count > 0)
            .map((term) => (
              <li key={term.code}>
                <Link
                  href={{ pathname: '/kiosk/services', query: { [props.param]: term.code } }}
                  className="kiosk-category"
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
}
