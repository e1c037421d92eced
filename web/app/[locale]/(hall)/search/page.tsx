import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { HighlightedText, queryTerms } from '@/components/highlighted-text';
import { Pagination } from '@/components/pagination';
import { SearchBox } from '@/components/search-box';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { apiErrorText } from '@/lib/api-error-text';
import { inLocale, termName } from '@/lib/catalog-terms';
import { searchTypes, type SearchResults, type SearchType } from '@/lib/hall-schemas';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslations('Search');
  const { q } = await searchParams;
  return { title: typeof q === 'string' && q.trim() ? t('resultsFor', { q: q.trim() }) : t('title') };
}

const pageSize = 10;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 100) : '';
  const type = searchTypes.find((known) => known === params.type);
  const pageNumber = Number(params.page);
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 1000 ? pageNumber : 1;
  const [t, locale] = await Promise.all([getTranslations('Search'), getLocale()]);

  let results: SearchResults | undefined;
  let problem: string | undefined;
  if (q) {
    try {
      results = await api.search({ q, type, page, pageSize });
    } catch (error) {
      if (!isApiError(error, 400)) throw error;
      problem = await apiErrorText(error);
    }
  }

  return (
    <>
      <h1>{q ? t('resultsFor', { q }) : t('title')}</h1>
      <SearchBox id="search-page-query" query={q} className="search-box search-box-large" landmarkLabel={t('title')} />
      {q ? <TypeFilter q={q} current={type} /> : <p>{t('emptyQuery')}</p>}
      {problem ? <p className="notice notice-error">{t('invalidQuery', { message: problem })}</p> : null}
      {results ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t('resultsFor', { q })}
          </h2>
          <p role="status">{t('resultsCount', { total: results.total })}</p>
          {results.items.length === 0 ? (
            <NoResults q={q} />
          ) : (
            <ol className="search-results" data-testid="search-results" start={(results.page - 1) * pageSize + 1}>
              {results.items.map((hit) => (
                <li key={`${hit.type}:${hit.code}:${hit.url}`} className="search-result">
                  <p className="search-result-type">
                    <span className="badge">{t(`type-${hit.type as SearchType}`)}</span>
                    {hit.department ? (
                      <span className="muted">{termName('department', hit.department, locale)}</span>
                    ) : null}
                  </p>
                  <h3 className="search-result-title">
                    <Link href={hit.url}>
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
            pathname="/search"
            query={{ q, type }}
            page={results.page}
            pageSize={results.pageSize}
            total={results.total}
          />
        </section>
      ) : null}
    </>
  );

  async function TypeFilter({ q, current }: { q: string; current?: SearchType }) {
    return (
      <nav aria-label={t('type')} className="sub-nav">
        <ul>
          <li>
            <Link href={{ pathname: '/search', query: { q } }} aria-current={current ? undefined : 'page'}>
              {t('allTypes')}
            </Link>
          </li>
          {searchTypes.map((known) => (
            <li key={known}>
              <Link
                href={{ pathname: '/search', query: { q, type: known } }}
                aria-current={current === known ? 'page' : undefined}
              >
                {t(`type-${known}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    );
  }

  async function NoResults({ q }: { q: string }) {
    return (
      <div className="panel" data-testid="no-results">
        <p>{t('noResults', { q })}</p>
        <p>{t('noResultsHelp')}</p>
        <ul>
          <li>{t('tryShorter')}</li>
          <li>
            <Link href="/scenarios">{t('tryScenarios')}</Link>
          </li>
          <li>
            <Link href="/services">{t('browseHall')}</Link>
          </li>
        </ul>
      </div>
    );
  }
}
