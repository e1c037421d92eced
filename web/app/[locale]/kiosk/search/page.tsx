import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { HighlightedText, queryTerms } from '@/components/highlighted-text';
import { Pagination } from '@/components/pagination';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { apiErrorText } from '@/lib/api-error-text';
import { inLocale, termName } from '@/lib/catalog-terms';
import type { SearchResults } from '@/lib/hall-schemas';
import { KioskPageHead } from '../_components/page-head';
import { KioskSearchForm } from '../_components/search-form';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations('Kiosk');
  const { q } = await searchParams;
  return { title: typeof q === 'string' && q.trim() ? t('resultsFor', { q: q.trim() }) : t('searchTitle') };
}

const pageSize = 10;

/**
 * The kiosk's search: the site search (C4) over service items only, each hit opening the kiosk's guide, so no
 * result leads out of the kiosk.
 */
export default async function KioskSearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 100) : '';
  const pageNumber = Number(params.page);
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 1000 ? pageNumber : 1;
  const [t, locale] = await Promise.all([getTranslations('Kiosk'), getLocale()]);

  let results: SearchResults | undefined;
  let problem: string | undefined;
  if (q) {
    try {
      results = await api.search({ q, type: 'service', page, pageSize });
    } catch (error) {
      if (!isApiError(error, 400)) throw error;
      problem = await apiErrorText(error);
    }
  }

  return (
    <>
      <KioskPageHead title={q ? t('resultsFor', { q }) : t('searchTitle')} backHref="/kiosk" />
      <KioskSearchForm id="kiosk-search-query" query={q} />
      {q ? null : <p>{t('emptyQuery')}</p>}
      {problem ? <p className="notice notice-error">{t('invalidQuery', { message: problem })}</p> : null}
      {results ? (
        <section aria-labelledby="kiosk-results-heading">
          <h2 id="kiosk-results-heading" className="visually-hidden">
            {t('resultsFor', { q })}
          </h2>
          <p role="status">{t('resultsCount', { total: results.total })}</p>
          {results.items.length === 0 ? (
            <p className="panel">{t('noResults', { q })}</p>
          ) : (
            <ol className="search-results" data-testid="kiosk-search-results" start={(results.page - 1) * pageSize + 1}>
              {results.items.map((hit) => (
                <li key={`${hit.type}:${hit.code}`} className="search-result">
                  {hit.department ? (
                    <p className="search-result-type muted">{termName('department', hit.department, locale)}</p>
                  ) : null}
                  <h3 className="search-result-title">
                    <Link href={`/kiosk/services/${hit.code}`} className="kiosk-result-link">
                      <HighlightedText text={inLocale(hit.title, locale)} terms={queryTerms(q)} />
                    </Link>
                  </h3>
                  <p className="search-result-snippet">
                    <HighlightedText text={hit.snippet} terms={queryTerms(q)} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            pathname="/kiosk/search"
            query={{ q }}
            page={results.page}
            pageSize={results.pageSize}
            total={results.total}
          />
        </section>
      ) : null}
    </>
  );
}
