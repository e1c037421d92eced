import { getTranslations } from 'next-intl/server';
import styles from './calendar.module.css';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
/** 0 = Monday … 6 = Sunday, the first column of a Chinese calendar being Monday. */
const mondayFirst = (year: number, month: number, day: number) =>
  (new Date(Date.UTC(year, month, day)).getUTCDay() + 6) % 7;
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A year as twelve month tables (server-rendered): holidays marked 休, make-up working days 班, each with
 * its name for screen readers. The grid wraps to one month a row on a phone.
 */
export async function MonthGrid({
  year,
  holidays,
  makeUpWorkdays,
}: {
  year: number;
  holidays: ReadonlyMap<string, string>;
  makeUpWorkdays: ReadonlyMap<string, string>;
}) {
  const t = await getTranslations('Calendar');
  const weekdays = t('weekdays').split(',');
  return (
    <div className={styles.months} data-testid="month-grid">
      {Array.from({ length: 12 }, (_, month) => {
        const cells: Array<number | undefined> = [
          ...Array.from({ length: mondayFirst(year, month, 1) }, () => undefined),
          ...Array.from({ length: daysIn(year, month) }, (_, d) => d + 1),
        ];
        const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, w) => cells.slice(w * 7, w * 7 + 7));
        return (
          <table key={month} className={styles.month}>
            <caption>{t('month', { year, month: month + 1 })}</caption>
            <thead>
              <tr>
                {weekdays.map((w) => (
                  <th key={w} scope="col">
                    {w}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, w) => (
                <tr key={w}>
                  {Array.from({ length: 7 }, (_, i) => {
                    const day = week[i];
                    if (day === undefined) return <td key={i} />;
                    const date = iso(year, month, day);
                    const holiday = holidays.get(date);
                    const makeUp = makeUpWorkdays.get(date);
                    const kind = holiday ? styles.holiday : makeUp ? styles.makeUp : i >= 5 ? styles.weekend : '';
                    return (
                      <td key={i} className={kind} data-date={date}>
                        {day}
                        {holiday ? (
                          <span className={styles.mark}>
                            <span aria-hidden="true">{t('offMark')}</span>
                            <span className="visually-hidden">{t('holidayLabel', { name: holiday })}</span>
                          </span>
                        ) : null}
                        {makeUp ? (
                          <span className={styles.mark}>
                            <span aria-hidden="true">{t('workMark')}</span>
                            <span className="visually-hidden">{t('makeUpLabel', { name: makeUp })}</span>
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </div>
  );
}
