import { getTranslations } from 'next-intl/server';
import type { LetterFigures, SupervisionLetters } from '../../../../../functions/src/supervision/letters-model';
import { inLocale } from '@/lib/catalog-terms';
import styles from '../_components/staff.module.css';
import { BarChart } from './bar-chart';
import { FigureTiles, FiguresTable, type FiguresRow } from './figures';

interface Props {
  letters: SupervisionLetters;
  locale: string;
  percent: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The mailbox in supervision (越秀信箱, issue 18 item 6): letters written in the period by department, type and
 * topic; answers given within their working-day limit; the writers' satisfaction; how many answers were
 * reopened. Each chart is an image named by its caption, and a table beside it holds the same figures.
 */
export async function LettersSection({ letters, locale, percent, number }: Props) {
  const [t, mailbox] = await Promise.all([getTranslations('SupervisionLetters'), getTranslations('Mailbox')]);
  const { total } = letters;
  const score = (f: LetterFigures) =>
    f.satisfaction.average === null
      ? t('none')
      : t('scoreOf', { score: number(f.satisfaction.average, 2), rated: f.satisfaction.rated });
  const figures = [
    { key: 'letters', value: number(total.letters, 0), label: t('letters') },
    { key: 'waiting', value: number(total.waiting, 0), label: t('waiting') },
    { key: 'overdue', value: number(total.overdue, 0), label: t('overdue') },
    {
      key: 'onTimeRate',
      value: percent(total.onTimeRate),
      label: t('onTimeRate'),
      note: t('onTimeOf', { onTime: total.answersOnTime, answers: total.answers }),
    },
    {
      key: 'satisfaction',
      value:
        total.satisfaction.average === null ? t('none') : t('score', { score: number(total.satisfaction.average, 2) }),
      label: t('satisfaction'),
      note: t('ratedOf', { rated: total.satisfaction.rated, share: percent(total.satisfaction.satisfiedShare) }),
    },
    {
      key: 'reopenRate',
      value: percent(total.reopenRate),
      label: t('reopenRate'),
      note: t('reopenedOf', { reopened: total.reopened, answered: total.answered }),
    },
  ];
  const departments = letters.departments.filter((d) => d.letters > 0 || letters.departments.length === 1);
  const share = (part: number) => (total.letters === 0 ? 0 : part / total.letters);
  const columns = (first: string) => [
    first,
    t('letters'),
    t('waiting'),
    t('overdue'),
    t('onTimeRate'),
    t('satisfaction'),
    t('reopenRate'),
  ];
  const table = (id: string, heading: string, first: string, rows: FiguresRow[]) => (
    <FiguresTable
      id={id}
      heading={heading}
      columns={columns(first)}
      rows={rows}
      total={figureRow('total', t('total'), total)}
      wide
    />
  );
  return (
    <section aria-labelledby="supervision-letters" data-testid="supervision-letters">
      <h2 id="supervision-letters">{t('title')}</h2>
      <p>{t('intro')}</p>
      <FigureTiles figures={figures} testId="letter-figures" />
      {total.letters === 0 ? (
        <p>{t('noLetters')}</p>
      ) : (
        <>
          <BarChart
            id="chart-letters-type"
            caption={t('chartByType')}
            summary={letters.byType
              .map((row) => `${mailbox(`types.${row.type}`)} ${number(row.letters, 0)}`)
              .join('；')}
            bars={letters.byType.map((row) => ({
              label: mailbox(`types.${row.type}`),
              value: share(row.letters),
              text: t('lettersShare', { letters: row.letters, share: percent(share(row.letters)) }),
            }))}
          />
          <BarChart
            id="chart-letters-on-time"
            caption={t('chartOnTime')}
            summary={departments.map((d) => `${inLocale(d.name, locale)} ${percent(d.onTimeRate)}`).join('；')}
            bars={departments.map((d) => ({
              label: shorten(inLocale(d.name, locale), 36),
              value: d.onTimeRate,
              text: percent(d.onTimeRate),
            }))}
          />
          {table(
            'letters-by-department',
            t('byDepartment'),
            t('department'),
            letters.departments.map((d) => figureRow(d.department, inLocale(d.name, locale), d)),
          )}
          {table(
            'letters-by-type',
            t('byType'),
            t('type'),
            letters.byType.map((row) => figureRow(row.type, mailbox(`types.${row.type}`), row)),
          )}
          {table(
            'letters-by-topic',
            t('byTopic'),
            t('topic'),
            letters.byTopic.map((row) => figureRow(row.topic, inLocale(row.name, locale), row)),
          )}
        </>
      )}
    </section>
  );

  function figureRow(key: string, name: string, f: LetterFigures): FiguresRow {
    return {
      key,
      name,
      cells: [
        number(f.letters, 0),
        number(f.waiting, 0),
        number(f.overdue, 0),
        <>
          {percent(f.onTimeRate)}
          {f.answers > 0 ? (
            <span className={`muted ${styles.cellNote}`}>
              {' '}
              {t('onTimeOf', { onTime: f.answersOnTime, answers: f.answers })}
            </span>
          ) : null}
        </>,
        score(f),
        <>
          {percent(f.reopenRate)}
          {f.answered > 0 ? (
            <span className={`muted ${styles.cellNote}`}>
              {' '}
              {t('reopenedOf', { reopened: f.reopened, answered: f.answered })}
            </span>
          ) : null}
        </>,
      ],
    };
  }
}
