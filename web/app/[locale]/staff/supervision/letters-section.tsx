import { getTranslations } from 'next-intl/server';
import type { LetterFigures, SupervisionLetters } from '../../../../../functions/src/supervision/letters-model';
import { inLocale } from '@/lib/catalog-terms';
import styles from '../_components/staff.module.css';
import { BarChart } from './bar-chart';

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
  const table = (id: string, heading: string, rows: { key: string; name: string; figures: LetterFigures }[]) => (
    <>
      <h3 id={id}>{heading}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table className={`table ${styles.wideTable}`} data-testid={id}>
          <thead>
            <tr>
              <th scope="col">
                {t(id === 'letters-by-type' ? 'type' : id === 'letters-by-topic' ? 'topic' : 'department')}
              </th>
              <th scope="col">{t('letters')}</th>
              <th scope="col">{t('waiting')}</th>
              <th scope="col">{t('overdue')}</th>
              <th scope="col">{t('onTimeRate')}</th>
              <th scope="col">{t('satisfaction')}</th>
              <th scope="col">{t('reopenRate')}</th>
            </tr>
          </thead>
          <tbody>{rows.map((row) => figureRow(row.key, row.name, row.figures))}</tbody>
          {rows.length > 1 ? <tfoot>{figureRow('total', t('total'), total)}</tfoot> : null}
        </table>
      </div>
    </>
  );
  return (
    <section aria-labelledby="supervision-letters" data-testid="supervision-letters">
      <h2 id="supervision-letters">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul className={styles.figures} data-testid="letter-figures">
        {figures.map((f) => (
          <li key={f.key} className={styles.figure} data-figure={f.key}>
            <span className={styles.figureValue}>{f.value}</span>
            <span className={styles.figureLabel}>{f.label}</span>
            {f.note ? <span className="muted">{f.note}</span> : null}
          </li>
        ))}
      </ul>
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
            letters.departments.map((d) => ({ key: d.department, name: inLocale(d.name, locale), figures: d })),
          )}
          {table(
            'letters-by-type',
            t('byType'),
            letters.byType.map((row) => ({ key: row.type, name: mailbox(`types.${row.type}`), figures: row })),
          )}
          {table(
            'letters-by-topic',
            t('byTopic'),
            letters.byTopic.map((row) => ({ key: row.topic, name: inLocale(row.name, locale), figures: row })),
          )}
        </>
      )}
    </section>
  );

  function figureRow(key: string, name: string, f: LetterFigures) {
    return (
      <tr key={key} data-row={key}>
        <th scope="row">{name}</th>
        <td>{number(f.letters, 0)}</td>
        <td>{number(f.waiting, 0)}</td>
        <td>{number(f.overdue, 0)}</td>
        <td>
          {percent(f.onTimeRate)}
          {f.answers > 0 ? (
            <span className={`muted ${styles.cellNote}`}>
              {' '}
              {t('onTimeOf', { onTime: f.answersOnTime, answers: f.answers })}
            </span>
          ) : null}
        </td>
        <td>{score(f)}</td>
        <td>
          {percent(f.reopenRate)}
          {f.answered > 0 ? (
            <span className={`muted ${styles.cellNote}`}>
              {' '}
              {t('reopenedOf', { reopened: f.reopened, answered: f.answered })}
            </span>
          ) : null}
        </td>
      </tr>
    );
  }
}
