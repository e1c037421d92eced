import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { api } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { registryKinds } from '../../../../../functions/src/registries/model';
import { startImport } from './actions';
import { LookupForm } from './lookup-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Registries'))('title') };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/** The base registries (C1): a data steward imports CSV and looks people up; stewards and supervisors see quality. */
export default async function RegistriesPage({
  searchParams,
}: {
  searchParams: Promise<{ import?: string; error?: string }>;
}) {
  const session = await requireSession('/staff/registries');
  const t = await getTranslations('Registries');
  const steward = session.roles.includes('steward');
  if (!steward && !session.roles.includes('supervisor')) return <NoAccess text={t('stewardsOnly')} />;
  const query = await searchParams;
  const [quality, job] = await Promise.all([
    api.getRegistryQuality(),
    steward && query.import ? api.getRegistryImport(query.import) : undefined,
  ]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {query.error ? (
        <div role="alert" className="notice notice-error">
          {t('importFailed', { message: query.error })}
        </div>
      ) : null}
      {steward ? (
        <section aria-labelledby="import-heading">
          <h2 id="import-heading">{t('importHeading')}</h2>
          <form action={startImport} className="form">
            <div className="field">
              <label htmlFor="import-registry">{t('registry')}</label>
              <select id="import-registry" name="registry" defaultValue="persons">
                {registryKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(kind)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="import-file">{t('file')}</label>
              <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
            </div>
            <div className="field">
              <label htmlFor="import-encoding">{t('encoding')}</label>
              <select id="import-encoding" name="encoding" defaultValue="utf-8">
                <option value="utf-8">UTF-8</option>
                <option value="gb18030">GB18030</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="import-reason">{t('reason')}</label>
              <input id="import-reason" name="reason" required maxLength={200} />
            </div>
            <button type="submit" className="button">
              {t('start')}
            </button>
          </form>
        </section>
      ) : null}
      {job ? (
        <section aria-labelledby="job-heading" data-testid="import-job">
          <h2 id="job-heading">{t('jobHeading')}</h2>
          <p role="status">
            {t('status')}: {t(job.status)} · {t('processed', { processed: job.processed, total: job.total })} ·{' '}
            {t('rate', { rate: job.rowsPerSecond })}
          </p>
          <progress max={Math.max(job.total, 1)} value={job.processed} aria-label={t('jobHeading')} />
          <p>{t('counts', job)}</p>
          {job.errorFile ? <a href={`/staff-registry-errors/${encodeURIComponent(job.id)}`}>{t('errorFile')}</a> : null}
        </section>
      ) : null}
      <section aria-labelledby="quality-heading">
        <h2 id="quality-heading">{t('qualityHeading')}</h2>
        {quality.registries.map((r) => (
          <div key={r.registry} className="table-wrap">
            <table data-testid={`quality-${r.registry}`}>
              <caption>
                {t(r.registry)} · {t('records')} {r.records} · {t('duplicates')} {r.duplicates} · {t('dangling')}{' '}
                {r.danglingReferences} · {t('invalid')} {r.invalid}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('field')}</th>
                  <th scope="col">{t('completeness')}</th>
                </tr>
              </thead>
              <tbody>
                {r.fields.map((f) => (
                  <tr key={f.field}>
                    <th scope="row">{f.field}</th>
                    <td>
                      <meter min={0} max={1} value={f.completeness} aria-label={f.field} /> {percent(f.completeness)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
      {steward ? <LookupForm /> : null}
    </>
  );
}
