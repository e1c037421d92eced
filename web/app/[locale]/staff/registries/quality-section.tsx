import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { DateTime } from '@/components/date-time';
import type { QualityReport } from '../../../../../functions/src/registries/model';
import { BarChart } from '../supervision/bar-chart';

type RegistryQuality = QualityReport['registries'][number];
type Problem = RegistryQuality['issues'][number]['problem'];

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const whole = '*';

/** Where the drill-down of one figure lives (query parameters of this page; no personal data in them). */
export const drillHref = (registry: string, problem: Problem, field: string) => ({
  pathname: '/staff/registries' as const,
  query: { registry, problem, field },
  hash: 'drill-heading',
});

/**
 * The stored quality of one registry: completeness per field and the share of records with each problem as
 * SVG bar charts (each named by its caption, its figures in a sentence and in the tables beside it), and
 * every problem linked to the list of its records.
 */
async function RegistryQualityView({ quality }: { quality: RegistryQuality }) {
  const t = await getTranslations('Registries');
  const name = t(quality.registry);
  const fieldName = (field: string) => (field === whole ? t('wholeRecord') : field);
  const issueOf = (problem: Problem, field: string) =>
    quality.issues.find((i) => i.problem === problem && i.field === field);
  const records = Math.max(quality.records, 1);
  const problems = [
    { label: t('duplicates'), count: quality.duplicates },
    { label: t('stale'), count: quality.stale },
    { label: t('dangling'), count: quality.danglingReferences },
    { label: t('invalid'), count: quality.invalid },
  ];
  const id = `quality-${quality.registry}`;
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>{name}</h3>
      {quality.computedAt ? (
        <p>
          {t('measured', { records: quality.records, days: quality.staleAfterDays })} · {t('computedAt')}{' '}
          <DateTime value={quality.computedAt} />
        </p>
      ) : (
        <p>{t('notComputed')}</p>
      )}
      <BarChart
        id={`${id}-completeness`}
        caption={t('chartCompleteness', { registry: name })}
        summary={quality.fields.map((f) => `${f.field} ${percent(f.completeness)}`).join('；')}
        bars={quality.fields.map((f) => ({ label: f.field, value: f.completeness, text: percent(f.completeness) }))}
      />
      <BarChart
        id={`${id}-problems`}
        caption={t('chartProblems', { registry: name })}
        summary={problems.map((p) => `${p.label} ${p.count}`).join('；')}
        bars={problems.map((p) => ({
          label: p.label,
          value: p.count / records,
          text: t('problemShare', { count: p.count, percent: percent(p.count / records) }),
        }))}
      />
      <div className="table-wrap">
        <table>
          <caption>
            {name} · {t('records')} {quality.records} · {t('duplicates')} {quality.duplicates} · {t('stale')}{' '}
            {quality.stale} · {t('dangling')} {quality.danglingReferences} · {t('invalid')} {quality.invalid}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('field')}</th>
              <th scope="col">{t('completeness')}</th>
              <th scope="col">{t('missing')}</th>
              <th scope="col">{t('invalidField')}</th>
            </tr>
          </thead>
          <tbody>
            {quality.fields.map((f) => {
              const missing = issueOf('missing', f.field);
              return (
                <tr key={f.field}>
                  <th scope="row">{f.field}</th>
                  <td>{percent(f.completeness)}</td>
                  <td>
                    {missing ? (
                      <Link href={drillHref(quality.registry, 'missing', f.field)}>
                        {missing.count}
                        <span className="visually-hidden">
                          {' '}
                          {t('showRecords', { registry: name, field: f.field, problem: t('problem.missing') })}
                        </span>
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                  <td>{f.invalid}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {quality.issues.some((i) => i.problem !== 'missing') ? (
        <div className="table-wrap">
          <table data-testid={`${id}-problems-table`}>
            <caption>{t('problemsCaption', { registry: name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('problemColumn')}</th>
                <th scope="col">{t('field')}</th>
                <th scope="col">{t('count')}</th>
              </tr>
            </thead>
            <tbody>
              {quality.issues
                .filter((i) => i.problem !== 'missing')
                .map((i) => (
                  <tr key={`${i.problem}-${i.field}`}>
                    <th scope="row">{t(`problem.${i.problem}`)}</th>
                    <td>{fieldName(i.field)}</td>
                    <td>
                      <Link href={drillHref(quality.registry, i.problem, i.field)}>
                        {i.count}
                        <span className="visually-hidden">
                          {' '}
                          {t('showRecords', {
                            registry: name,
                            field: fieldName(i.field),
                            problem: t(`problem.${i.problem}`),
                          })}
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Every registry's stored quality. */
export async function QualitySection({ report }: { report: QualityReport }) {
  const t = await getTranslations('Registries');
  return (
    <section aria-labelledby="quality-heading">
      <h2 id="quality-heading">{t('qualityHeading')}</h2>
      {report.registries.map((quality) => (
        <RegistryQualityView key={quality.registry} quality={quality} />
      ))}
    </section>
  );
}
