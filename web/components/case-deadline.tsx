import { useTranslations } from 'next-intl';
import type { CitizenCase } from '@/lib/api-schemas';
import { CalendarDay } from './date-time';
import styles from './application-form.module.css';

/**
 * The legal time limit of a case: the promised working days, when the clock started and the due date,
 * with its traffic light spelt out (green / yellow / red / paused), never colour alone.
 */
export function CaseDeadline({ clock }: { clock: CitizenCase['clock'] }) {
  const t = useTranslations('MyCase');
  return (
    <dl className="details" data-testid="case-deadline">
      <dt>{t('limit')}</dt>
      <dd>{clock.limitDays === 0 ? t('limitImmediate') : t('limitDays', { days: clock.limitDays })}</dd>
      <dt>{t('dueDate')}</dt>
      <dd>{clock.dueDate ? <CalendarDay value={clock.dueDate} /> : t('dueAfterAcceptance')}</dd>
      {clock.acceptedAt ? (
        <>
          <dt>{t('level')}</dt>
          <dd>
            <span className={`${styles.light} ${styles[clock.level]}`} data-level={clock.level}>
              {t(`level-${clock.level}`)}
            </span>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
