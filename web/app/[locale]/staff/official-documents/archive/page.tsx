import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { officialDocumentsApi } from '@/lib/official-documents-api';
import { documentTypes } from '../../../../../../functions/src/official-documents/model';
import { sectionRoles } from '../../_lib/staff-roles';
import { ArchiveCheck } from './archive-check';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('OfficialDocuments.archive'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const fields = ['q', 'number', 'type', 'year', 'cursor'] as const;

/**
 * The archive of signed documents: the catalogue searched (a GET form, so a search is a link), each result linking
 * to the document and to its PDF as archived; and the integrity check, run on request (`?check=1`).
 */
export default async function OfficialDocumentsArchivePage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireSession('/staff/official-documents/archive');
  const t = await getTranslations('OfficialDocuments');
  const ta = await getTranslations('OfficialDocuments.archive');
  if (!session.roles.some((r) => sectionRoles('officialDocumentsArchive').includes(r))) {
    return <NoAccess text={t('noDepartment')} />;
  }
  const params = await searchParams;
  const form = Object.fromEntries(
    fields.map((f) => [f, typeof params[f] === 'string' ? (params[f] as string).trim() : '']),
  ) as Record<(typeof fields)[number], string>;
  const query = new URLSearchParams(fields.filter((f) => form[f]).map((f) => [f, form[f]]));
  const found = await officialDocumentsApi.searchArchive(query).catch((error: unknown) => {
    if (isApiError(error, 400)) return undefined;
    throw error;
  });
  const check =
    params.check === '1'
      ? await officialDocumentsApi.checkArchive().catch((error: unknown) => {
          if (isApiError(error, 403)) return 'forbidden' as const;
          throw error;
        })
      : undefined;
  const searched = Object.fromEntries([...query].filter(([k]) => k !== 'cursor'));
  const pageLink = (cursor?: string) => ({
    pathname: '/staff/official-documents/archive',
    query: { ...searched, ...(cursor ? { cursor } : {}) },
  });

  return (
    <>
      <p>
        <Link href={{ pathname: '/staff/official-documents', query: { view: 'archive' } }}>{t('back')}</Link>
      </p>
      <h1>{ta('title')}</h1>
      <p>{ta('intro')}</p>

      <form method="get" className="form audit-filters" aria-labelledby="archive-search" role="search">
        <h2 id="archive-search">{ta('searchHeading')}</h2>
        {found === undefined ? (
          <div className="notice notice-error" role="alert">
            {t('refused')}
          </div>
        ) : null}
        <div className="filter-grid">
          <div className="field">
            <label htmlFor="archive-q">{ta('q')}</label>
            <input id="archive-q" name="q" type="search" maxLength={100} defaultValue={form.q} />
          </div>
          <div className="field">
            <label htmlFor="archive-number">{ta('number')}</label>
            <input id="archive-number" name="number" maxLength={60} defaultValue={form.number} />
          </div>
          <div className="field">
            <label htmlFor="archive-type">{ta('type')}</label>
            <select id="archive-type" name="type" defaultValue={form.type}>
              <option value="">{ta('anyType')}</option>
              {documentTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="archive-year">{ta('year')}</label>
            <input
              id="archive-year"
              name="year"
              inputMode="numeric"
              pattern="[0-9]{4}"
              maxLength={4}
              defaultValue={form.year}
            />
          </div>
        </div>
        <p className="actions">
          <button type="submit" className="button">
            {ta('search')}
          </button>
        </p>
      </form>

      <h2 id="archive-results">{ta('results')}</h2>
      {found ? (
        <>
          <p role="status" data-testid="archive-total">
            {found.nextCursor
              ? ta('pageShown', { count: found.items.length })
              : ta('total', { count: found.items.length })}
          </p>
          {found.items.length > 0 ? (
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="archive-results">
              <table className="table" data-testid="archive-results">
                <thead>
                  <tr>
                    <th scope="col">{t('fields.title')}</th>
                    <th scope="col">{ta('number')}</th>
                    <th scope="col">{ta('type')}</th>
                    <th scope="col">{ta('signedAt')}</th>
                    <th scope="col">{ta('retentionLabel')}</th>
                    <th scope="col">{ta('archivedPdf')}</th>
                  </tr>
                </thead>
                <tbody>
                  {found.items.map((d) => (
                    <tr key={d.id} data-document={d.id}>
                      <th scope="row">
                        <Link href={`/staff/official-documents/${d.id}`}>{d.title}</Link>
                      </th>
                      <td data-label={ta('number')}>{d.number}</td>
                      <td data-label={ta('type')}>{t(`type.${d.type}`)}</td>
                      <td data-label={ta('signedAt')}>
                        <DateTime value={d.signedAt} />
                      </td>
                      <td data-label={ta('retentionLabel')}>
                        {ta(`retention.${d.retention}`)}
                        <br />
                        <span className="muted">{ta('retainUntil', { date: d.retainUntil.slice(0, 10) })}</span>
                      </td>
                      <td data-label={ta('archivedPdf')}>
                        <a
                          href={`/official-document-papers/${encodeURIComponent(d.id)}/archived.pdf`}
                          type="application/pdf"
                          data-testid="archived-pdf"
                        >
                          {ta('archivedPdfLink', { number: d.number })}
                        </a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {form.cursor || found.nextCursor ? (
            <nav aria-label={ta('pages')} className="actions">
              {form.cursor ? <Link href={pageLink()}>{ta('first')}</Link> : null}{' '}
              {found.nextCursor ? <Link href={pageLink(found.nextCursor)}>{ta('next')}</Link> : null}
            </nav>
          ) : null}
        </>
      ) : null}

      <ArchiveCheck
        result={check}
        archived={typeof params.archived === 'string' ? params.archived : undefined}
        archiveError={typeof params.archiveError === 'string' ? params.archiveError : undefined}
      />
    </>
  );
}
