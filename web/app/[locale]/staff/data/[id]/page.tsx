import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { chinaDate } from '../../../../../../functions/src/platform/clock';
import { rolesOf, sectionRoles } from '../../_lib/staff-roles';
import { RecordCount } from '../record-count';
import { dataApi } from '@/lib/data-api';
import { RequestForm } from './request-form';
import { UsageTable } from './usage-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('DataSharing'))('title') };
}

/** One data resource: owner, sharing class, frequency, record count, version and its fields. */
export default async function DataResourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await requireSession(`/staff/data/${id}`);
  const t = await getTranslations('DataSharing');
  const locale = await getLocale();
  if (!hasAnyRole(session.roles, sectionRoles('data'))) return <NoAccess text={t('staffOnly')} />;
  const resource = await api.getDataResource(id).catch((error: unknown) => {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  });
  const source = resource.recordCountSource === 'registry' ? t('recordsFromRegistry') : t('recordsDeclared');
  // Officers and heads of another department request a shared resource for theirs (共享申请).
  const mayRequest =
    hasAnyRole(session.roles, rolesOf('data-sharing.createRequest')) &&
    resource.sharingClass !== 'none' &&
    session.department !== undefined &&
    session.department !== resource.ownerDepartment;
  const today = chinaDate();
  // The owner's staff (and supervision) see who used the resource's data.
  const mayReadUsage =
    hasAnyRole(session.roles, rolesOf('data-sharing.resourceUsage')) &&
    (session.department === resource.ownerDepartment || session.roles.includes('supervisor'));
  const usage = mayReadUsage ? await dataApi.usage(resource.identifier) : undefined;
  return (
    <>
      <p>
        <Link href="/staff/data">{t('back')}</Link>
      </p>
      <h1>{inLocale(resource.title, locale)}</h1>
      <p>{inLocale(resource.description, locale)}</p>
      <dl className="details" data-testid="data-resource">
        <dt>{t('identifier')}</dt>
        <dd>{resource.identifier}</dd>
        <dt>{t('department')}</dt>
        <dd>{inLocale(resource.ownerName, locale)}</dd>
        <dt>{t('sharingClass')}</dt>
        <dd>{t(`classes.${resource.sharingClass}`)}</dd>
        <dt>{t('updateFrequency')}</dt>
        <dd>{t(`frequencies.${resource.updateFrequency}`)}</dd>
        <dt>{t('format')}</dt>
        <dd>{resource.format}</dd>
        <dt>{t('records')}</dt>
        <dd>
          <RecordCount resource={resource} locale={locale} />
          {resource.recordCount === null ? '' : source}
        </dd>
        <dt>{t('version')}</dt>
        <dd>{resource.version}</dd>
        <dt>{t('modifiedAt')}</dt>
        <dd>
          <DateTime value={resource.modifiedAt} />
        </dd>
        <dt>{t('keywords')}</dt>
        <dd>{resource.keywords.join('、')}</dd>
      </dl>
      <h2 id="fields-heading">{t('fields')}</h2>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="fields-heading">
        <table className="table" data-testid="data-fields">
          <thead>
            <tr>
              <th scope="col">{t('fieldName')}</th>
              <th scope="col">{t('fieldCode')}</th>
              <th scope="col">{t('fieldType')}</th>
              <th scope="col">{t('personal')}</th>
            </tr>
          </thead>
          <tbody>
            {resource.fields.map((f) => (
              <tr key={f.name}>
                <td>{inLocale(f.title, locale)}</td>
                <td>{f.name}</td>
                <td>{f.type}</td>
                <td>{f.personal ? t('yes') : t('no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {usage ? <UsageTable usage={usage} /> : null}
      {mayRequest ? (
        <RequestForm
          resourceId={resource.identifier}
          fields={resource.fields.map((f) => ({
            name: f.name,
            title: inLocale(f.title, locale),
            personal: f.personal,
          }))}
          conditional={resource.sharingClass === 'conditional'}
          defaultFrom={today}
          defaultTo={`${Number(today.slice(0, 4)) + 1}${today.slice(4)}`}
        />
      ) : null}
    </>
  );
}
