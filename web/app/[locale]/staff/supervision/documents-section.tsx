import { getTranslations } from 'next-intl/server';
import {
  documentStepLimits,
  type StepFigures,
  type SupervisionDocuments,
} from '../../../../../functions/src/supervision/documents-model';
import { BarChart } from './bar-chart';
import { FigureTiles, FiguresTable, type Figure, type FiguresRow } from './figures';

interface Props {
  documents: SupervisionDocuments;
  number: (value: number | null, digits?: number) => string;
}

const statuses = ['draft', 'review', 'signing', 'signed'] as const;

/**
 * Official documents in supervision (公文, issue 19 item 5): the documents drafted in the period by type and state,
 * the documents dispatched to the departments by state, and per step (核稿, 签发, 收文登记, 办结) how many were done,
 * done late, are waiting and are overdue, with the working time the done ones took. The chart is an image named
 * by its caption; the tables hold the figures.
 */
export async function DocumentsSection({ documents, number }: Props) {
  const [t, od] = await Promise.all([getTranslations('SupervisionDocuments'), getTranslations('OfficialDocuments')]);
  const sum = (pick: (s: StepFigures) => number) => documents.steps.reduce((n, s) => n + pick(s), 0);
  const figures: Figure[] = [
    { key: 'documents', value: number(documents.documents, 0), label: t('documents') },
    {
      key: 'signed',
      value: number(
        documents.byType.reduce((n, row) => n + row.byStatus.signed, 0),
        0,
      ),
      label: t('signed'),
    },
    { key: 'receipts', value: number(documents.receipts, 0), label: t('receipts') },
    {
      key: 'open',
      value: number(
        sum((s) => s.open),
        0,
      ),
      label: t('open'),
    },
    {
      key: 'overdue',
      value: number(
        sum((s) => s.overdue),
        0,
      ),
      label: t('overdue'),
    },
    {
      key: 'late',
      value: number(
        sum((s) => s.late),
        0,
      ),
      label: t('late'),
    },
  ];
  const typeRows: FiguresRow[] = documents.byType.map((row) => ({
    key: row.type,
    name: od(`type.${row.type}`),
    cells: [number(row.documents, 0), ...statuses.map((s) => number(row.byStatus[s], 0))],
  }));
  const totalRow: FiguresRow = {
    key: 'total',
    name: t('total'),
    cells: [
      number(documents.documents, 0),
      ...statuses.map((s) =>
        number(
          documents.byType.reduce((n, row) => n + row.byStatus[s], 0),
          0,
        ),
      ),
    ],
  };
  const time = (value: number | null, unit: 'days' | 'hours') =>
    value === null ? t('none') : t(unit, { value: number(value) });
  const stepRows: FiguresRow[] = documents.steps.map((s) => ({
    key: s.step,
    name: t(`steps.${s.step}`),
    cells: [
      number(s.done, 0),
      number(s.late, 0),
      number(s.open, 0),
      number(s.overdue, 0),
      time(s.time.medianDays, 'days'),
      time(s.time.averageHours, 'hours'),
    ],
  }));
  const timed = documents.steps.filter((s) => s.time.averageHours !== null);
  const longest = Math.max(1, ...timed.map((s) => s.time.averageHours ?? 0));
  return (
    <section aria-labelledby="supervision-documents" data-testid="supervision-documents">
      <h2 id="supervision-documents">{t('title')}</h2>
      <p>{t('intro')}</p>
      {documents.truncated ? <p role="note">{t('truncated', { limit: documents.limit })}</p> : null}
      <FigureTiles figures={figures} testId="document-figures" />
      {documents.documents === 0 && documents.receipts === 0 ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <>
          <FiguresTable
            id="documents-by-type"
            heading={t('byTypeTitle')}
            columns={[od('fields.type'), t('documents'), ...statuses.map((s) => od(`status.${s}`))]}
            rows={typeRows}
            total={totalRow}
          />
          <h3 id="documents-receipts">{t('receiptsTitle')}</h3>
          <ul className="inline-list" aria-labelledby="documents-receipts" data-testid="documents-receipts">
            {(['pending', 'registered', 'handled'] as const).map((status) => (
              <li key={status} data-status={status}>
                {od(`receipt.${status}`)} {number(documents.receiptsByStatus[status], 0)}
              </li>
            ))}
          </ul>
          {timed.length > 0 ? (
            <BarChart
              id="chart-documents-time"
              caption={t('chartTime')}
              summary={timed.map((s) => `${t(`steps.${s.step}`)} ${time(s.time.averageHours, 'hours')}`).join('；')}
              bars={timed.map((s) => ({
                label: t(`steps.${s.step}`),
                value: (s.time.averageHours ?? 0) / longest,
                text: time(s.time.averageHours, 'hours'),
              }))}
            />
          ) : null}
          <FiguresTable
            id="documents-steps"
            heading={t('stepsTitle')}
            columns={[t('step'), t('done'), t('late'), t('open'), t('overdue'), t('medianDays'), t('averageHours')]}
            rows={stepRows}
            rowAttribute="step"
            wide
          />
          <p className="muted" data-testid="documents-limits">
            {t('limitsNote', {
              limits: documents.steps
                .map(({ step }) => {
                  const l = documentStepLimits[step];
                  return `${t(`steps.${step}`)} ${l['extra-urgent']}/${l.urgent}/${l.normal}`;
                })
                .join(t('separator')),
            })}
          </p>
        </>
      )}
    </section>
  );
}
