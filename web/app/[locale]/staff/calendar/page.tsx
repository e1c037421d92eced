import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { api } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { chinaDate } from '../../../../../functions/src/platform/clock';
import { firstYear, lastYear, type CalendarSchedule } from '../../../../../functions/src/calendar/model';
import { publishCalendar, saveCalendarDraft } from './actions';
import styles from './calendar.module.css';
import { MonthGrid } from './month-grid';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Calendar'))('title') };
}

const holidayRows = 10;
const makeUpRows = 6;

/** Every date of a period, both ends included (the API checked it runs forwards within the year). */
function periodDates(period: { from: string; to: string }): string[] {
  const dates: string[] = [];
  const last = Date.parse(`${period.to}T00:00:00Z`);
  for (let ms = Date.parse(`${period.from}T00:00:00Z`); ms <= last; ms += 86_400_000) {
    dates.push(new Date(ms).toISOString().slice(0, 10));
  }
  return dates;
}

function marks(schedule: CalendarSchedule | undefined) {
  const holidays = new Map<string, string>();
  const makeUps = new Map<string, string>();
  for (const h of schedule?.holidays ?? []) for (const d of periodDates(h)) holidays.set(d, h.name.zh);
  for (const m of schedule?.makeUpWorkdays ?? []) makeUps.set(m.date, m.name.zh);
  return { holidays, makeUps };
}

/** The holiday calendar (G1): an administrator enters a year from the State Council's notice and publishes it. */
export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string; done?: string; error?: string; problems?: string }>;
}) {
  const session = await requireSession('/staff/calendar');
  const t = await getTranslations('Calendar');
  if (!session.roles.includes('admin')) return <NoAccess text={t('adminsOnly')} />;
  const query = await searchParams;
  const nextYear = Number(chinaDate().slice(0, 4)) + 1;
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= firstYear && asked <= lastYear ? asked : nextYear;
  const history = await api.getCalendarHistory(year);
  const shown = history.draft ?? history.published;
  const { holidays, makeUps } = marks(shown);
  const holidayValues = [...(shown?.holidays ?? []), ...Array<undefined>(holidayRows).fill(undefined)].slice(
    0,
    Math.max(holidayRows, (shown?.holidays.length ?? 0) + 2),
  );
  const makeUpValues = [...(shown?.makeUpWorkdays ?? []), ...Array<undefined>(makeUpRows).fill(undefined)].slice(
    0,
    Math.max(makeUpRows, (shown?.makeUpWorkdays.length ?? 0) + 2),
  );
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <form method="get" className="form">
        <div className="field">
          <label htmlFor="calendar-year">{t('year')}</label>
          <input id="calendar-year" name="year" type="number" min={firstYear} max={lastYear} defaultValue={year} />
        </div>
        <button type="submit" className="button">
          {t('show')}
        </button>
      </form>

      {query.done ? (
        <div role="status" className="notice notice-success" data-testid="calendar-done">
          {t(query.done === 'published' ? 'donePublished' : 'doneDraft', { year })}
        </div>
      ) : null}
      {query.error ? (
        <div role="alert" className="notice notice-error" data-testid="calendar-error">
          <p>{t('refused', { code: query.error })}</p>
          {query.problems ? <p className="preserve-lines">{query.problems}</p> : null}
        </div>
      ) : null}

      <h2>{t('statusHeading', { year })}</h2>
      <p data-testid="calendar-status">
        {t(`status.${history.status}`, { version: history.publishedVersion ?? 0 })}
        {history.draft ? ` ${t('hasDraft')}` : ''}
      </p>
      {history.published?.notice ? (
        <p>{t('noticeOf', { number: history.published.notice.number, date: history.published.notice.date })}</p>
      ) : null}
      {shown ? <p className="muted">{t(history.draft ? 'showingDraft' : 'showingPublished')}</p> : null}
      <MonthGrid year={year} holidays={holidays} makeUpWorkdays={makeUps} />

      <h2>{t('editHeading')}</h2>
      <form action={saveCalendarDraft} className="form" data-testid="calendar-form">
        <input type="hidden" name="year" value={year} />
        <input type="hidden" name="revision" value={history.revision} />
        <div className="field">
          <label htmlFor="notice-number">{t('noticeNumber')}</label>
          <input id="notice-number" name="noticeNumber" defaultValue={shown?.notice?.number ?? ''} required />
        </div>
        <div className="field">
          <label htmlFor="notice-date">{t('noticeDate')}</label>
          <input id="notice-date" name="noticeDate" type="date" defaultValue={shown?.notice?.date ?? ''} required />
        </div>
        <fieldset>
          <legend>{t('holidays')}</legend>
          <div className={styles.rows}>
            {holidayValues.map((h, i) => (
              <div key={i} className={styles.row}>
                <label>
                  {t('holidayName', { n: i + 1 })}
                  <input name={`holidays.${i}.name`} defaultValue={h?.name.zh ?? ''} />
                </label>
                <label>
                  {t('from', { n: i + 1 })}
                  <input name={`holidays.${i}.from`} type="date" defaultValue={h?.from ?? ''} />
                </label>
                <label>
                  {t('to', { n: i + 1 })}
                  <input name={`holidays.${i}.to`} type="date" defaultValue={h?.to ?? ''} />
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('makeUpWorkdays')}</legend>
          <div className={styles.rows}>
            {makeUpValues.map((m, i) => (
              <div key={i} className={styles.row}>
                <label>
                  {t('makeUpDate', { n: i + 1 })}
                  <input name={`makeUpWorkdays.${i}.date`} type="date" defaultValue={m?.date ?? ''} />
                </label>
                <label>
                  {t('makeUpFor', { n: i + 1 })}
                  <input name={`makeUpWorkdays.${i}.name`} defaultValue={m?.name.zh ?? ''} />
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="draft-reason">{t('reason')}</label>
          <input id="draft-reason" name="reason" required maxLength={500} />
        </div>
        <button type="submit" className="button">
          {t('saveDraft')}
        </button>
      </form>

      {history.draft ? (
        <>
          <h2>{t('publishHeading')}</h2>
          <form action={publishCalendar} className="form" data-testid="publish-form">
            <input type="hidden" name="year" value={year} />
            <input type="hidden" name="revision" value={history.revision} />
            <div className="field">
              <label htmlFor="publish-reason">{t('reason')}</label>
              <input id="publish-reason" name="reason" required maxLength={500} />
            </div>
            <button type="submit" className="button">
              {t('publish')}
            </button>
          </form>
        </>
      ) : null}

      <h2>{t('versions')}</h2>
      {history.versions.length === 0 ? (
        <p>{t('noVersions')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="calendar-versions">
            <thead>
              <tr>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('action')}</th>
                <th scope="col">{t('by')}</th>
                <th scope="col">{t('at')}</th>
                <th scope="col">{t('why')}</th>
              </tr>
            </thead>
            <tbody>
              {history.versions.map((v) => (
                <tr key={v.version}>
                  <td>{v.version}</td>
                  <td>{t(`actions.${v.action}`)}</td>
                  <td>{v.by}</td>
                  <td>
                    <DateTime value={v.at} />
                  </td>
                  <td>{v.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
