import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { gridApi } from '@/lib/grid-api';
import { gridDrawing } from '@/lib/grid-drawing';
import {
  caseStatuses,
  fieldErrorsSchema,
  supervisionFiltersSchema,
  type CaseFigures,
  type SupervisionFilters,
  type SupervisionSummary,
} from '@/lib/api-schemas';
import { departmentCodes, inLocale, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { EscalatedBadge } from '../_components/deadline-level';
import styles from '../_components/staff.module.css';
import { supervisionRoles } from '../_lib/staff-roles';
import { BarChart } from './bar-chart';
import { GridSection } from './grid-section';
import { LettersSection } from './letters-section';
import { TargetsSection } from './targets-section';
import { CalendarDay } from '@/components/date-time';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Supervision'))('title') };
}

type Field = 'department' | 'from' | 'to';
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Electronic supervision (电子监察): the figures of the district (supervisors) or of one department (its
 * head) — cases, timeliness, overdue cases, the online share against the plan's 95 % target and the
 * citizens' ratings — with charts, the overdue list and the case list as CSV; then the plan's targets and
 * the mailbox's letters and the grid's city events.
 */
export default async function SupervisionPage({ searchParams }: Props) {
  const session = await requireSession('/staff/supervision');
  const [t, format, locale, raw] = await Promise.all([
    getTranslations('Supervision'),
    getFormatter(),
    getLocale(),
    searchParams,
  ]);
  if (!hasAnyRole(session.roles, supervisionRoles)) return <NoAccess text={t('noAccess')} />;
  const district = session.roles.includes('supervisor');

  const text = (name: Field) => (typeof raw[name] === 'string' ? raw[name].trim() : '');
  const form: Record<Field, string> = {
    department: district ? text('department') : '',
    from: text('from'),
    to: text('to'),
  };
  const errors: Partial<Record<Field, true>> = {};
  let filters: SupervisionFilters = {};
  let summary: SupervisionSummary | undefined;
  let targets: Awaited<ReturnType<typeof api.getSupervisionTargets>> | undefined;
  let letters: Awaited<ReturnType<typeof api.getSupervisionLetters>> | undefined;
  let grid: Awaited<ReturnType<typeof api.getSupervisionGrid>> | undefined;
  let gridModel: Awaited<ReturnType<typeof gridApi.model>> | undefined;
  let failed = false;
  const parsed = supervisionFiltersSchema.safeParse(
    Object.fromEntries(Object.entries(form).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path[0] as Field] = true;
  } else {
    filters = parsed.data;
    try {
      [summary, targets, letters, grid, gridModel] = await Promise.all([
        api.getSupervisionSummary(filters),
        api.getSupervisionTargets(filters),
        api.getSupervisionLetters(filters),
        api.getSupervisionGrid(filters),
        gridApi.model(),
      ]);
    } catch (error) {
      const details = isApiError(error, 400) ? fieldErrorsSchema.safeParse(error.details) : undefined;
      if (details?.success) for (const { field } of details.data.fields) errors[field as Field] = true;
      if (!details?.success) failed = true;
    }
  }
  const hasErrors = Object.keys(errors).length > 0;
  const exportQuery = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ).toString();

  const percent = (value: number | null) =>
    value === null ? t('none') : format.number(value, { style: 'percent', maximumFractionDigits: 1 });
  const number = (value: number | null, digits = 1) =>
    value === null ? t('none') : format.number(value, { maximumFractionDigits: digits });

  return (
    <>
      <h1>{t('title')}</h1>
      <p>
        {district
          ? t('introDistrict')
          : t('introDepartment', { department: termName('department', session.department ?? '', locale) })}
      </p>

      <form method="get" className="form audit-filters" aria-labelledby="supervision-filters" noValidate>
        <h2 id="supervision-filters">{t('filtersTitle')}</h2>
        {hasErrors ? (
          <div className="notice notice-error" role="alert">
            {t('invalidFilters')}
          </div>
        ) : null}
        <div className="filter-grid">
          {district ? (
            <div className="field">
              <label htmlFor="supervision-department">{t('department')}</label>
              {errors.department ? (
                <p id="supervision-department-error" className="field-error">
                  {t('departmentInvalid')}
                </p>
              ) : null}
              <select
                id="supervision-department"
                name="department"
                defaultValue={form.department}
                aria-invalid={errors.department ? true : undefined}
                aria-describedby={errors.department ? 'supervision-department-error' : undefined}
              >
                <option value="">{t('allDepartments')}</option>
                {departmentCodes.map((code) => (
                  <option key={code} value={code}>
                    {termName('department', code, locale)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {(['from', 'to'] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={`supervision-${name}`}>{t(`${name}Label`)}</label>
              <p id={`supervision-${name}-hint`} className="hint">
                {t('dateHint')}
              </p>
              {errors[name] ? (
                <p id={`supervision-${name}-error`} className="field-error">
                  {t(`${name}Invalid`)}
                </p>
              ) : null}
              <input
                id={`supervision-${name}`}
                name={name}
                type="date"
                defaultValue={form[name]}
                aria-invalid={errors[name] ? true : undefined}
                aria-describedby={`supervision-${name}-hint${errors[name] ? ` supervision-${name}-error` : ''}`}
              />
            </div>
          ))}
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('apply')}
          </button>
          <Link href="/staff/supervision" className="button button-secondary">
            {t('reset')}
          </Link>
          {hasErrors ? null : (
            <a
              href={`/staff-supervision-export/cases.csv${exportQuery ? `?${exportQuery}` : ''}`}
              download
              className="button button-secondary"
            >
              {t('exportCsv')}
            </a>
          )}
        </div>
      </form>

      {failed ? (
        <p role="alert" className="notice notice-error">
          {t('failed')}
        </p>
      ) : null}
      {summary ? <Dashboard summary={summary} percent={percent} number={number} locale={locale} /> : null}
      {targets ? <TargetsSection targets={targets} locale={locale} percent={percent} /> : null}
      {letters ? <LettersSection letters={letters} locale={locale} percent={percent} number={number} /> : null}
      {grid && gridModel ? (
        <GridSection
          grid={grid}
          drawing={gridDrawing(gridModel, 480)}
          locale={locale}
          percent={percent}
          number={number}
        />
      ) : null}
    </>
  );
}

async function Dashboard({
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
  const figures: { key: string; value: string; label: string; note?: string }[] = [
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
        <ul className={styles.figures} data-testid="supervision-figures">
          {figures.map((f) => (
            <li key={f.key} className={styles.figure} data-figure={f.key}>
              <span className={styles.figureValue}>{f.value}</span>
              <span className={styles.figureLabel}>{f.label}</span>
              {f.note ? <span className="muted">{f.note}</span> : null}
            </li>
          ))}
        </ul>
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
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="supervision-departments">
          <table className="table" data-testid="supervision-departments">
            <thead>
              <tr>
                <th scope="col">{t('department')}</th>
                <th scope="col">{t('cases')}</th>
                <th scope="col">{t('finished')}</th>
                <th scope="col">{t('open')}</th>
                <th scope="col">{t('onTimeRate')}</th>
                <th scope="col">{t('overdue')}</th>
                <th scope="col">{t('averageHandlingDays')}</th>
                <th scope="col">{t('onlineShare')}</th>
                <th scope="col">{t('satisfaction')}</th>
              </tr>
            </thead>
            <tbody>{summary.departments.map((d) => departmentRow(name(d), d.department, d))}</tbody>
            {summary.departments.length > 1 ? <tfoot>{departmentRow(t('total'), 'total', total)}</tfoot> : null}
          </table>
        </div>
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

  function departmentRow(name: string, code: string, figures: CaseFigures) {
    return (
      <tr key={code} data-department={code}>
        <th scope="row">{name}</th>
        <td>{number(figures.cases, 0)}</td>
        <td>{number(figures.finished, 0)}</td>
        <td>{number(figures.open, 0)}</td>
        <td>{percent(figures.onTimeRate)}</td>
        <td>{number(figures.overdue, 0)}</td>
        <td>{number(figures.averageHandlingDays)}</td>
        <td>
          {percent(figures.channels.onlineShare)}
          {figures.channels.meetsTarget === false ? <span className="muted"> {t('belowTargetShort')}</span> : null}
        </td>
        <td>
          {figures.satisfaction.average === null
            ? t('none')
            : t('scoreOf', { score: number(figures.satisfaction.average, 2), rated: figures.satisfaction.rated })}
        </td>
      </tr>
    );
  }
}
