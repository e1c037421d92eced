import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { CalendarDay } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { inLocale } from '@/lib/catalog-terms';
import { noticesApi } from '@/lib/notices-api';
import { noticeKinds, type NoticeKind } from '../../../../../functions/src/notices/model';
import { chinaDate } from '../../../../../functions/src/platform/clock';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Notices'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Public information (政务公开): one kind at a time — notices, policy documents, interpretations — newest first. */
export default async function NoticesPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const kind: NoticeKind = noticeKinds.find((k) => k === params.kind) ?? 'notice';
  const cursor = typeof params.cursor === 'string' && params.cursor.length <= 512 ? params.cursor : undefined;
  const [t, locale, page] = await Promise.all([
    getTranslations('Notices'),
    getLocale(),
    noticesApi.listPublic(kind, cursor),
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {t('intro')}{' '}
        <Link href={{ pathname: '/search', query: { q: t(`kind-${kind}`), type: 'info' } }}>{t('searchHint')}</Link>
      </p>
      <nav aria-label={t('kinds')} className="sub-nav">
        <ul>
          {noticeKinds.map((k) => (
            <li key={k}>
              <Link href={{ pathname: '/notices', query: { kind: k } }} aria-current={k === kind ? 'page' : undefined}>
                {t(`kind-${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`kind-${kind}`)}</h2>
      {page.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="stack" data-testid="notice-list">
          {page.items.map((notice) => (
            <li key={notice.id} className="panel">
              <h3 lang="zh-CN">
                <Link href={`/notices/${notice.id}`}>{notice.title}</Link>
              </h3>
              <p className="muted">
                {inLocale(notice.departmentName, locale)}
                {notice.documentNumber ? ` · ${notice.documentNumber}` : ''} ·{' '}
                <CalendarDay value={chinaDate(Date.parse(notice.publishedAt))} />
              </p>
              <p lang="zh-CN">{notice.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        {cursor ? <Link href={{ pathname: '/notices', query: { kind } }}>{t('firstPage')}</Link> : null}
        {cursor && page.nextCursor ? ' · ' : null}
        {page.nextCursor ? (
          <Link href={{ pathname: '/notices', query: { kind, cursor: page.nextCursor } }} rel="next">
            {t('nextPage')}
          </Link>
        ) : null}
      </p>
    </>
  );
}
