import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

type Query = Record<string, string | undefined>;

/** Previous / next links that keep the list's other query parameters; plain links, no script needed. */
export async function Pagination({
  pathname,
  query,
  page,
  pageSize,
  total,
}: {
  pathname: string;
  query: Query;
  page: number;
  pageSize: number;
  total: number;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const t = await getTranslations('Pagination');
  const href = (target: number) => ({
    pathname,
    query: Object.fromEntries(
      Object.entries({ ...query, page: target > 1 ? String(target) : undefined }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '',
      ),
    ),
  });
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="button button-secondary">
          {t('previous')}
        </Link>
      ) : null}
      <span aria-current="page">{t('status', { page, pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="button button-secondary">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
