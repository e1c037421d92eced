import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { CalendarDay } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { noticesApi } from '@/lib/notices-api';
import { noticeIdPattern } from '../../../../../../functions/src/notices/model';
import { chinaDate } from '../../../../../../functions/src/platform/clock';

type Params = Promise<{ id: string }>;

async function load(id: string) {
  if (!noticeIdPattern.test(id)) notFound();
  try {
    return await noticesApi.getPublic(id);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

/** One published notice, policy document or interpretation, as the department published it. */
export default async function NoticePage({ params }: { params: Params }) {
  const { id } = await params;
  const [notice, t, locale] = await Promise.all([load(id), getTranslations('Notices'), getLocale()]);
  const kindName = t(`kind-${notice.kind}`);
  return (
    <article aria-labelledby="notice-title" data-testid="notice">
      <p>
        <Link href={{ pathname: '/notices', query: { kind: notice.kind } }}>{t('backToList', { kind: kindName })}</Link>
      </p>
      <p>
        <span className="badge">{kindName}</span>
      </p>
      <h1 id="notice-title" lang="zh-CN">
        {notice.title}
      </h1>
      <dl className="facts">
        <dt>{t('department')}</dt>
        <dd>{inLocale(notice.departmentName, locale)}</dd>
        {notice.documentNumber ? (
          <>
            <dt>{t('documentNumber')}</dt>
            <dd>{notice.documentNumber}</dd>
          </>
        ) : null}
        <dt>{t('publishedOn')}</dt>
        <dd>
          <CalendarDay value={chinaDate(Date.parse(notice.publishedAt))} />
        </dd>
        {notice.interprets ? (
          <>
            <dt>{t('interprets')}</dt>
            <dd>
              <Link href={`/notices/${notice.interprets.id}`}>{notice.interprets.title}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="preserve-lines" lang="zh-CN">
        {notice.body}
      </div>
    </article>
  );
}
