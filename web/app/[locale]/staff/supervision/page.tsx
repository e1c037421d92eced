import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { gridApi } from '@/lib/grid-api';
import { gridDrawing } from '@/lib/grid-drawing';
import {
  fieldErrorsSchema,
  supervisionFiltersSchema,
  type SupervisionFilters,
  type SupervisionSummary,
} from '@/lib/api-schemas';
import { departmentCodes, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { supervisionRoles } from '../_lib/staff-roles';
import { CasesSection } from './cases-section';
import { DocumentsSection } from './documents-section';
import { GridSection } from './grid-section';
import { JointSection } from './joint-section';
import { LettersSection } from './letters-section';
import { SharingSection } from './sharing-section';
import { TargetsSection } from './targets-section';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Supervision'))('title') };
}

type Field = 'department' | 'from' | 'to';

/** The data center owns the base registries: supervised in data sharing only (the sharing query accepts it). */
const dataCenter = 'data-center';
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Electronic supervision (电子监察): the figures of the district (supervisors) or of one department (its
 * head) — cases, timeliness, overdue cases, the online share against the plan's 95 % target and the
 * citizens' ratings — with charts, the overdue list and the case list as CSV; then the plan's targets and
 * the mailbox's letters, the grid's city events, joint review (联合审批), official documents (公文) and data sharing
 * (数据共享). Supervisors may also choose the data center (数据中心), which only data sharing measures: then only
 * that section is asked for and shown.
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
  let joint: Awaited<ReturnType<typeof api.getSupervisionJoint>> | undefined;
  let documents: Awaited<ReturnType<typeof api.getSupervisionDocuments>> | undefined;
  let sharing: Awaited<ReturnType<typeof api.getSupervisionSharing>> | undefined;
  let gridModel: Awaited<ReturnType<typeof gridApi.model>> | undefined;
  let failed = false;
  const parsed = supervisionFiltersSchema.safeParse(
    Object.fromEntries(Object.entries(form).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path[0] as Field] = true;
  } else {
    filters = parsed.data;
    const all = filters.department !== dataCenter;
    try {
      [summary, targets, letters, grid, joint, documents, sharing, gridModel] = await Promise.all([
        all ? api.getSupervisionSummary(filters) : undefined,
        all ? api.getSupervisionTargets(filters) : undefined,
        all ? api.getSupervisionLetters(filters) : undefined,
        all ? api.getSupervisionGrid(filters) : undefined,
        all ? api.getSupervisionJoint(filters) : undefined,
        all ? api.getSupervisionDocuments(filters) : undefined,
        api.getSupervisionSharing(filters),
        all ? gridApi.model() : undefined,
      ]);
    } catch (error) {
      const details = isApiError(error, 400) ? fieldErrorsSchema.safeParse(error.details) : undefined;
      if (details?.success) for (const { field } of details.data.fields) errors[field as Field] = true;
      if (!details?.success) failed = true;
    }
  }
  const hasErrors = Object.keys(errors).length > 0;
  const sharingOnly = filters.department === dataCenter;
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
                <option value={dataCenter}>{t('dataCenter')}</option>
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
          {hasErrors || sharingOnly ? null : (
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
      {sharingOnly && !failed ? (
        <p role="note" className="notice" data-testid="supervision-data-center">
          {t('dataCenterNote')}
        </p>
      ) : null}
      {summary ? <CasesSection summary={summary} percent={percent} number={number} locale={locale} /> : null}
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
      {joint ? <JointSection joint={joint} locale={locale} percent={percent} number={number} /> : null}
      {documents ? <DocumentsSection documents={documents} number={number} /> : null}
      {sharing ? <SharingSection sharing={sharing} locale={locale} percent={percent} number={number} /> : null}
    </>
  );
}
