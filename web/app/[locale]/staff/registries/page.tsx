import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { api } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { registryKinds, type ImportJob } from '../../../../../functions/src/registries/model';
import { DrillDown } from './drill-down';
import { ImportForm } from './import-form';
import { LookupForm } from './lookup-form';
import { QualitySection } from './quality-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Registries'))('title') };
}

type Query = {
  import?: string;
  error?: string;
  registry?: string;
  problem?: string;
  field?: string;
  cursor?: string;
};

const seconds = (from: string, to: string) => Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

/** An import's figures: rows done, rate, and time left while it runs or the time it took when done. */
async function ImportJobView({ job }: { job: ImportJob }) {
  const t = await getTranslations('Registries');
  const timing =
    job.status === 'running'
      ? t('eta', {
          eta: job.etaSeconds === undefined ? t('etaUnknown') : t('etaSeconds', { seconds: job.etaSeconds }),
        })
      : job.finishedAt
        ? t('duration', { seconds: seconds(job.startedAt, job.finishedAt) })
        : '';
  return (
    <section aria-labelledby="job-heading" data-testid="import-job">
      <h2 id="job-heading">{t('jobHeading')}</h2>
      <p role="status">
        {t('status')}: {t(job.status)} · {t('processed', { processed: job.processed, total: job.total })} ·{' '}
        {t('rate', { rate: job.rowsPerSecond })}
        {timing ? ` · ${timing}` : ''}
      </p>
      <progress max={Math.max(job.total, 1)} value={job.processed} aria-label={t('jobHeading')} />
      <p>{t('counts', job)}</p>
      {job.status === 'running' ? <a href={`?import=${encodeURIComponent(job.id)}`}>{t('refresh')}</a> : null}
      {job.errorFile ? <a href={`/staff-registry-errors/${encodeURIComponent(job.id)}`}>{t('errorFile')}</a> : null}
    </section>
  );
}

/**
 * The base registries (C1): a data steward imports CSV (with its progress) and looks people up; stewards and
 * supervisors see the stored quality figures with charts and open the records behind each one.
 */
export default async function RegistriesPage({ searchParams }: { searchParams: Promise<Query> }) {
  const session = await requireSession('/staff/registries');
  const t = await getTranslations('Registries');
  const steward = session.roles.includes('steward');
  if (!steward && !session.roles.includes('supervisor')) return <NoAccess text={t('stewardsOnly')} />;
  const query = await searchParams;
  const [quality, job] = await Promise.all([
    api.getRegistryQuality(),
    steward && query.import ? api.getRegistryImport(query.import) : undefined,
  ]);
  const drill =
    query.registry && query.problem && query.field
      ? { registry: query.registry, problem: query.problem, field: query.field, cursor: query.cursor }
      : undefined;
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
          <ImportForm
            key={query.import ?? query.error ?? 'new'}
            registries={registryKinds.map((kind) => ({ value: kind, label: t(kind) }))}
          />
        </section>
      ) : null}
      {job ? <ImportJobView job={job} /> : null}
      {drill ? <DrillDown query={drill} /> : null}
      <QualitySection report={quality} />
      {steward ? <LookupForm /> : null}
    </>
  );
}
