import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { requireSession } from '@/lib/guards';
import { officialDocumentsApi } from '@/lib/official-documents-api';
import { documentViews, type DocumentView } from '../../../../../functions/src/official-documents/model';
import { sectionRoles } from '../_lib/staff-roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('OfficialDocuments'))('title') };
}

type SearchParams = Promise<{ view?: string }>;

/** The department's official documents: what waits for me, outgoing, received, and the verified archive. */
export default async function OfficialDocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireSession('/staff/official-documents');
  const t = await getTranslations('OfficialDocuments');
  if (!session.roles.some((r) => sectionRoles('officialDocuments').includes(r))) {
    return <NoAccess text={t('noDepartment')} />;
  }
  const asked = (await searchParams).view;
  const view: DocumentView = documentViews.find((v) => v === asked) ?? 'todo';
  const list = await officialDocumentsApi.list(view);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="actions">
        <Link href="/staff/official-documents/new" className="button">
          {t('newHeading')}
        </Link>
      </p>
      <nav aria-label={t('views')} className="sub-nav">
        <ul data-testid="document-views">
          {documentViews.map((v) => (
            <li key={v}>
              <Link
                href={{ pathname: '/staff/official-documents', query: { view: v } }}
                aria-current={v === view ? 'page' : undefined}
              >
                {t(`view.${v}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{t(`view.${view}`)}</h2>
      {view === 'archive' ? (
        <p>
          <Link href="/staff/official-documents/archive" data-testid="open-archive">
            {t('archive.openArchive')}
          </Link>
        </p>
      ) : null}
      {list.chain ? (
        <p
          role="status"
          className={list.chain.valid ? 'notice notice-success' : 'notice notice-error'}
          data-testid="chain-status"
        >
          {list.chain.valid
            ? t('chainValid', { count: list.chain.entries })
            : t('chainBroken', { seq: list.chain.brokenAt ?? 0 })}
        </p>
      ) : null}
      {list.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="documents-caption">
          <table className="table" data-testid="documents">
            <caption id="documents-caption" className="visually-hidden">
              {t(`view.${view}`)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.title')}</th>
                <th scope="col">{t('number')}</th>
                <th scope="col">{t('fields.urgency')}</th>
                <th scope="col">{t('statusLabel')}</th>
                <th scope="col">{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((d) => (
                <tr key={d.id} data-document={d.id}>
                  <th scope="row">
                    <Link href={`/staff/official-documents/${d.id}`}>{d.title}</Link>
                  </th>
                  <td data-label={t('number')}>{d.number ?? '—'}</td>
                  <td data-label={t('fields.urgency')}>{t(`urgency.${d.urgency}`)}</td>
                  <td data-label={t('statusLabel')}>
                    {d.receipt ? t(`receipt.${d.receipt}`) : t(`status.${d.status}`)}
                    {d.returned && d.status === 'draft' ? ` · ${t('returnedBadge')}` : ''}
                  </td>
                  <td data-label={t('updated')}>
                    <DateTime value={d.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
