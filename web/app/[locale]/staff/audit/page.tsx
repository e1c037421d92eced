import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { auditFiltersSchema, fieldErrorsSchema, type AuditEntry, type AuditFilters } from '@/lib/api-schemas';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Audit'))('title') };
}

type Field = 'actor' | 'action' | 'from' | 'to';
const fields: readonly Field[] = ['actor', 'action', 'from', 'to'];
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const pageSize = 50;

/** `2026-05-01T09:30` from a datetime-local input is a time in Guangzhou: send it as an instant. */
function shanghaiInstant(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : value;
}

/** The supervisors' search of the audit trail, newest first, with CSV export. */
export default async function AuditPage({ searchParams }: Props) {
  const session = await requireSession('/staff/audit');
  const [t, raw] = await Promise.all([getTranslations('Audit'), searchParams]);
  if (!hasAnyRole(session.roles, ['supervisor'])) return <NoAccess />;

  const text = (name: string) => (typeof raw[name] === 'string' ? raw[name].trim() : '');
  const form = Object.fromEntries(fields.map((name) => [name, text(name)])) as Record<Field, string>;
  const cursor = text('cursor') || undefined;
  const candidate = Object.fromEntries(
    fields
      .filter((name) => form[name] !== '')
      .map((name) => [name, name === 'from' || name === 'to' ? shanghaiInstant(form[name]) : form[name]]),
  );

  const errors: Partial<Record<Field, true>> = {};
  let filters: AuditFilters = {};
  let page: { items: AuditEntry[]; cursor?: string } | undefined;
  let failed = false;
  const parsed = auditFiltersSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path[0] as Field] = true;
  } else {
    filters = parsed.data;
    try {
      page = await api.searchAudit(filters, { limit: pageSize, cursor });
    } catch (error) {
      const details = isApiError(error, 400) ? fieldErrorsSchema.safeParse(error.details) : undefined;
      if (details?.success) {
        for (const { field } of details.data.fields) if (fields.includes(field as Field)) errors[field as Field] = true;
      }
      if (!details?.success || Object.keys(errors).length === 0) failed = true;
    }
  }
  const hasErrors = Object.keys(errors).length > 0;
  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({
      ...Object.fromEntries(Object.entries(form).filter(([, value]) => value !== '')),
      ...extra,
    }).toString();
  const exportQuery = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ).toString();

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="form audit-filters" role="search" aria-labelledby="audit-filters-title" noValidate>
        <h2 id="audit-filters-title">{t('filtersTitle')}</h2>
        {hasErrors ? (
          <div className="notice notice-error" role="alert">
            {t('invalidFilters')}
          </div>
        ) : null}
        <div className="filter-grid">
          {fields.map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`audit-${name}`}>{t(`${name}Label`)}</label>
              <p id={`audit-${name}-hint`} className="hint">
                {t(`${name}Hint`)}
              </p>
              {errors[name] ? (
                <p id={`audit-${name}-error`} className="field-error">
                  {t(`${name}Invalid`)}
                </p>
              ) : null}
              <input
                id={`audit-${name}`}
                name={name}
                type={name === 'from' || name === 'to' ? 'datetime-local' : 'text'}
                defaultValue={form[name]}
                autoComplete="off"
                spellCheck={false}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={`audit-${name}-hint${errors[name] ? ` audit-${name}-error` : ''}`}
              />
            </div>
          ))}
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('search')}
          </button>
          <Link href="/staff/audit" className="button button-secondary">
            {t('reset')}
          </Link>
          {hasErrors ? null : (
            <a
              href={`/staff-audit-export${exportQuery ? `?${exportQuery}` : ''}`}
              download
              className="button button-secondary"
            >
              {t('exportCsv')}
            </a>
          )}
        </div>
      </form>

      <section aria-labelledby="audit-results-title">
        <h2 id="audit-results-title">{t('resultsTitle')}</h2>
        {failed ? (
          <p role="alert" className="notice notice-error">
            {t('failed')}
          </p>
        ) : !page || hasErrors ? null : page.items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <>
            <p>{t(cursor ? 'countOlder' : 'count', { count: page.items.length })}</p>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-results-title">
              <table className="table" data-testid="audit-records">
                <thead>
                  <tr>
                    <th scope="col">{t('at')}</th>
                    <th scope="col">{t('actor')}</th>
                    <th scope="col">{t('action')}</th>
                    <th scope="col">{t('resource')}</th>
                    <th scope="col">{t('outcome')}</th>
                    <th scope="col">{t('sourceIp')}</th>
                    <th scope="col">{t('requestId')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((item) => (
                    <tr key={`${item.requestId}-${item.at}-${item.action}`} data-action={item.action}>
                      <td>
                        <DateTime value={item.at} precise />
                      </td>
                      <td>
                        <span title={item.actor.sub}>{item.actor.username}</span>
                      </td>
                      <td>
                        <code>{item.action}</code>
                      </td>
                      <td>
                        {item.resource.type} <code>{item.resource.id}</code>
                      </td>
                      <td data-outcome={item.outcome}>{t(`outcomes.${item.outcome}`)}</td>
                      <td>{item.sourceIp}</td>
                      <td>
                        <code>{item.requestId}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav aria-label={t('pagination')} className="actions">
              {cursor ? <Link href={`/staff/audit?${query()}`}>{t('newest')}</Link> : null}
              {page.cursor ? (
                <Link href={`/staff/audit?${query({ cursor: page.cursor })}`} rel="next">
                  {t('older')}
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </section>
    </>
  );
}
