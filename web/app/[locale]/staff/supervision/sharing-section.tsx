import { getTranslations } from 'next-intl/server';
import { dataRequestStatuses } from '../../../../../functions/src/data-sharing/request-model';
import type { SupervisionSharing } from '../../../../../functions/src/supervision/sharing-model';
import { inLocale } from '@/lib/catalog-terms';
import { BarChart } from './bar-chart';
import { FigureTiles, FiguresTable, type Figure, type FiguresRow } from './figures';

interface Props {
  sharing: SupervisionSharing;
  locale: string;
  percent: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
}

const classes = ['unconditional', 'conditional', 'none'] as const;

/**
 * Data sharing in supervision (数据共享, issue 15 item 6): the catalog's resources shared against the plan's 70 %
 * target, the access requests received and made by status and how long the owners took to decide, and the
 * extractions per resource and per consuming department. The chart is an image named by its caption; the tables
 * hold the figures.
 */
export async function SharingSection({ sharing, locale, percent, number }: Props) {
  const [t, ds, dr] = await Promise.all([
    getTranslations('SupervisionSharing'),
    getTranslations('DataSharing'),
    getTranslations('DataRequests'),
  ]);
  const { catalog, extractions } = sharing;
  const time = (value: number | null, unit: 'days' | 'hours') =>
    value === null ? t('none') : t(unit, { value: number(value) });
  const figures: Figure[] = [
    {
      key: 'shared-share',
      value: percent(catalog.sharedShare),
      label: t('sharedShare'),
      note: t('target', { target: percent(catalog.target) }),
    },
    { key: 'record-share', value: percent(catalog.sharedRecordShare), label: t('sharedRecordShare') },
    { key: 'received', value: number(sharing.received.requests, 0), label: t('received') },
    { key: 'pending', value: number(sharing.pending, 0), label: t('pending') },
    { key: 'overdue', value: number(sharing.overdue, 0), label: t('overdue') },
    { key: 'decision-days', value: time(sharing.decisionTime.medianDays, 'days'), label: t('medianDays') },
    { key: 'extractions', value: number(extractions.extractions, 0), label: t('extractions') },
    { key: 'records', value: number(extractions.records, 0), label: t('records') },
  ];
  const classRows: FiguresRow[] = classes.map((c) => ({
    key: c,
    name: ds(`classes.${c}`),
    cells: [number(catalog.byClass[c], 0)],
  }));
  const statusRows: FiguresRow[] = dataRequestStatuses.map((s) => ({
    key: s,
    name: dr(`statuses.${s}`),
    cells: [number(sharing.received.byStatus[s], 0), number(sharing.made.byStatus[s], 0)],
  }));
  const resourceRows: FiguresRow[] = extractions.byResource.map((r) => ({
    key: r.resourceId,
    name: `${inLocale(r.title, locale)}（${r.resourceId}）`,
    cells: [inLocale(r.ownerName, locale), number(r.extractions, 0), number(r.records, 0), number(r.departments, 0)],
  }));
  const departmentRows: FiguresRow[] = extractions.byDepartment.map((d) => ({
    key: d.department,
    name: inLocale(d.name, locale),
    cells: [number(d.extractions, 0), number(d.records, 0), number(d.resources, 0)],
  }));
  const most = Math.max(1, ...extractions.byDepartment.map((d) => d.records));
  return (
    <section aria-labelledby="supervision-sharing" data-testid="supervision-sharing">
      <h2 id="supervision-sharing">{t('title')}</h2>
      <p>{t('intro')}</p>
      {sharing.truncated ? <p role="note">{t('truncated', { limit: sharing.limit })}</p> : null}
      <FigureTiles figures={figures} testId="sharing-figures" />
      <FiguresTable
        id="sharing-classes"
        heading={t('catalogTitle')}
        columns={[ds('sharingClass'), t('resources')]}
        rows={classRows}
        total={{ key: 'total', name: t('total'), cells: [number(catalog.resources, 0)] }}
        rowAttribute="class"
      />
      <p className="muted" data-testid="sharing-records">
        {t('recordsNote', {
          records: number(catalog.records, 0),
          shared: number(catalog.sharedRecords, 0),
          unmeasured: number(catalog.unmeasured, 0),
        })}
      </p>
      <FiguresTable
        id="sharing-requests"
        heading={t('requestsTitle')}
        columns={[dr('status'), t('received'), t('made')]}
        rows={statusRows}
        total={{
          key: 'total',
          name: t('total'),
          cells: [number(sharing.received.requests, 0), number(sharing.made.requests, 0)],
        }}
        rowAttribute="status"
      />
      <p data-testid="sharing-decision-time">
        {t('decisionTime', {
          timed: number(sharing.decisionTime.timed, 0),
          days: time(sharing.decisionTime.medianDays, 'days'),
          hours: time(sharing.decisionTime.averageHours, 'hours'),
        })}
      </p>
      {extractions.extractions === 0 ? (
        <p>{t('noExtractions')}</p>
      ) : (
        <>
          <BarChart
            id="chart-sharing-departments"
            caption={t('chartDepartments')}
            summary={extractions.byDepartment
              .map((d) => `${inLocale(d.name, locale)} ${number(d.records, 0)}`)
              .join('；')}
            bars={extractions.byDepartment.map((d) => ({
              label: inLocale(d.name, locale),
              value: d.records / most,
              text: number(d.records, 0),
            }))}
          />
          <FiguresTable
            id="sharing-resources"
            heading={t('byResourceTitle')}
            columns={[t('resource'), t('owner'), t('extractions'), t('records'), t('consumers')]}
            rows={resourceRows}
            rowAttribute="resource"
            wide
          />
          <FiguresTable
            id="sharing-departments"
            heading={t('byDepartmentTitle')}
            columns={[t('consumer'), t('extractions'), t('records'), t('resourcesUsed')]}
            rows={departmentRows}
            rowAttribute="department"
          />
        </>
      )}
    </section>
  );
}
