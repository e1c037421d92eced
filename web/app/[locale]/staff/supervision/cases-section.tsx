import { getTranslations } from 'next-intl/server';
import { CalendarDay } from '@/components/date-time';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { caseStatuses, type CaseFigures, type SupervisionSummary } from '@/lib/api-schemas';
import { inLocale, termName } from '@/lib/catalog-terms';
import { EscalatedBadge } from '../_components/deadline-level';
import { BarChart } from './bar-chart';
import { FigureTiles, FiguresTable, type Figure, type FiguresRow } from './figures';

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The cases in supervision (电子监察): the headline figures, the online and on-time charts against the plan's
 * target, each department's figures, the cases by status and the overdue list.
 */
export async function CasesSection({
  summary,
  percent,
  number,
  locale,
}: {
  summary: SupervisionSummary;
  percent: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
  locale: string;
}) {
  const t = await getTranslations('Supervision');
  const { total } = summary;
  const target = percent(summary.onlineTarget);
  const name = (d: SupervisionSummary['departments'][number]) => inLocale(d.name, locale);
  const chartLabel = (d: SupervisionSummary['departments'][number]) => shorten(name(d), 36);
  const shown = summary.departments.filter((d) => d.cases > 0 || summary.departments.length === 1);
  const period =
    summary.period.from || summary.period.to
      ? t('period', { from: summary.period.from ?? '…', to: summary.period.to ?? '…' })
      : t('periodAll');
  const figures: Figure[] = [
    { key: 'cases', value: number(total.cases, 0), label: t('cases') },
    { key: 'finished', value: number(total.finished, 0), label: t('finished') },
    { key: 'open', value: number(total.open, 0), label: t('open') },
    {
      key: 'onTimeRate',
      value: percent(total.onTimeRate),
      label: t('onTimeRate'),
      note: t('onTimeOf', { onTime: total.onTime, decided: total.decided }),
    },
    { key: 'overdue', value: number(total.overdue, 0), label: t('overdue') },
    {
      key: 'averageHandlingDays',
      value: number(total.averageHandlingDays),
      label: t('averageHandlingDays'),
      note: t('workingDays'),
    },
    {
      key: 'onlineShare',
      value: percent(total.channels.onlineShare),
      label: t('onlineShare'),
      note:
        total.channels.meetsTarget === null
          ? t('targetIs', { target })
          : total.channels.meetsTarget
            ? t('targetMet', { target })
            : t('targetMissed', { target }),
    },
    {
      key: 'satisfaction',
      value:
        total.satisfaction.average === null ? t('none') : t('score', { score: number(total.satisfaction.average, 2) }),
      label: t('satisfaction'),
      note: t('ratedOf', { rated: total.satisfaction.rated, share: percent(total.satisfaction.satisfiedShare) }),
    },
  ];
  const missing = summary.calendar?.missingYears ?? [];
  return (
    <>
      {missing.length > 0 ? (
        <div role="status" className="notice notice-warning" data-testid="calendar-missing">
          {t('calendarMissing', { years: missing.join('、') })}
        </div>
      ) : null}
      <section aria-labelledby="supervision-figures">
        <h2 id="supervision-figures">{t('figuresTitle')}</h2>
        <p className="muted">{t('asOf', { date: summary.asOf, period })}</p>
        <FigureTiles figures={figures} testId="supervision-figures" />
      </section>

      <section aria-labelledby="supervision-charts">
        <h2 id="supervision-charts">{t('chartsTitle')}</h2>
        {shown.length === 0 ? (
          <p>{t('noCases')}</p>
        ) : (
          <>
            <BarChart
              id="chart-online"
              caption={t('chartOnline', { target })}
              summary={shown.map((d) => `${name(d)} ${percent(d.channels.onlineShare)}`).join('；')}
              bars={shown.map((d) => ({
                label: chartLabel(d),
                value: d.channels.onlineShare,
                text:
                  d.channels.meetsTarget === false
                    ? t('belowTarget', { value: percent(d.channels.onlineShare) })
                    : percent(d.channels.onlineShare),
              }))}
              target={summary.onlineTarget}
              targetLabel={t('targetLine', { target })}
            />
            <BarChart
              id="chart-on-time"
              caption={t('chartOnTime')}
              summary={shown.map((d) => `${name(d)} ${percent(d.onTimeRate)}`).join('；')}
              bars={shown.map((d) => ({ label: chartLabel(d), value: d.onTimeRate, text: percent(d.onTimeRate) }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby="supervision-departments">
        <h2 id="supervision-departments">{t('departmentsTitle')}</h2>
        <FiguresTable
          id="supervision-departments"
          columns={[
            t('department'),
            t('cases'),
            t('finished'),
            t('open'),
            t('onTimeRate'),
            t('overdue'),
            t('averageHandlingDays'),
            t('onlineShare'),
            t('satisfaction'),
          ]}
          rows={summary.departments.map((d) => departmentRow(name(d), d.department, d))}
          total={departmentRow(t('total'), 'total', total)}
          rowAttribute="department"
        />
      </section>

      <section aria-labelledby="supervision-statuses">
        <h2 id="supervision-statuses">{t('statusesTitle')}</h2>
        {total.cases === 0 ? <p>{t('noCases')}</p> : null}
        <ul className="plain-list" data-testid="supervision-statuses">
          {caseStatuses
            .filter((status) => (total.byStatus[status] ?? 0) > 0)
            .map((status) => (
              <li key={status} data-status-count={status}>
                <StatusBadge status={status} /> {number(total.byStatus[status] ?? 0, 0)}
              </li>
            ))}
        </ul>
      </section>

      <section aria-labelledby="supervision-overdue">
        <h2 id="supervision-overdue">{t('overdueTitle')}</h2>
        {summary.overdue.length === 0 ? (
          <p>{t('noOverdue')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="supervision-overdue">
            <table className="table" data-testid="supervision-overdue">
              <thead>
                <tr>
                  <th scope="col">{t('caseNumber')}</th>
                  <th scope="col">{t('item')}</th>
                  <th scope="col">{t('department')}</th>
                  <th scope="col">{t('dueDate')}</th>
                  <th scope="col">{t('daysOverdue')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.overdue.map((c) => (
                  <tr key={c.caseId} data-case-number={c.caseNumber}>
                    <th scope="row">
                      <Link href={`/staff/cases/${encodeURIComponent(c.caseId)}`}>{c.caseNumber}</Link>
                    </th>
                    <td>{inLocale(c.itemName, locale)}</td>
                    <td>{termName('department', c.department, locale)}</td>
                    <td>
                      <CalendarDay value={c.dueDate} />
                    </td>
                    <td>{t('days', { days: c.daysOverdue })}</td>
                    <td>
                      <StatusBadge status={c.status} />
                      {c.escalated ? <EscalatedBadge /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );

  function departmentRow(name: string, code: string, figures: CaseFigures): FiguresRow {
    return {
      key: code,
      name,
      cells: [
        number(figures.cases, 0),
        number(figures.finished, 0),
        number(figures.open, 0),
        percent(figures.onTimeRate),
        number(figures.overdue, 0),
        number(figures.averageHandlingDays),
        <>
          {percent(figures.channels.onlineShare)}
          {figures.channels.meetsTarget === false ? <span className="muted"> {t('belowTargetShort')}</span> : null}
        </>,
        figures.satisfaction.average === null
          ? t('none')
          : t('scoreOf', { score: number(figures.satisfaction.average, 2), rated: figures.satisfaction.rated }),
      ],
    };
  }
}
