import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { inboxStates, steps, type InboxPage, type InboxQuery } from '@/lib/api-schemas';
import styles from './_components/staff.module.css';

const claimStates = ['mine', 'unclaimed', 'others'] as const;
const dueStates = ['overdue', 'soon', 'ok'] as const;

/** The inbox's filters as a GET form (shareable, no script needed), with the whole inbox counted per choice. */
export async function InboxFilters({ query, counts }: { query: InboxQuery; counts: InboxPage['counts'] }) {
  const [t, staff] = await Promise.all([getTranslations('Inbox'), getTranslations('Staff')]);
  return (
    <form method="get" className={styles.filters} aria-label={t('filters')} data-testid="inbox-filters">
      <p className={styles.filterField}>
        <label htmlFor="inbox-q">{t('search')}</label>
        <input id="inbox-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={40} />
      </p>
      <p className={styles.filterField}>
        <label htmlFor="inbox-step">{t('filterStep')}</label>
        <select id="inbox-step" name="step" defaultValue={query.step ?? ''}>
          <option value="">{t('any')}</option>
          {steps.map((step) => (
            <option key={step} value={step}>
              {staff(`steps.${step}`)} ({counts.step[step]})
            </option>
          ))}
        </select>
      </p>
      <p className={styles.filterField}>
        <label htmlFor="inbox-status">{t('filterStatus')}</label>
        <select id="inbox-status" name="status" defaultValue={query.status ?? ''}>
          <option value="">{t('any')}</option>
          {inboxStates.map((state) => (
            <option key={state} value={state}>
              {t(`statusStates.${state}`)} ({counts.status[state]})
            </option>
          ))}
        </select>
      </p>
      <p className={styles.filterField}>
        <label htmlFor="inbox-claim">{t('filterClaim')}</label>
        <select id="inbox-claim" name="claim" defaultValue={query.claim ?? ''}>
          <option value="">{t('any')}</option>
          {claimStates.map((state) => (
            <option key={state} value={state}>
              {t(`claimStates.${state}`)} ({counts.claim[state]})
            </option>
          ))}
        </select>
      </p>
      <p className={styles.filterField}>
        <label htmlFor="inbox-due">{t('filterDue')}</label>
        <select id="inbox-due" name="due" defaultValue={query.due ?? ''}>
          <option value="">{t('any')}</option>
          {dueStates.map((state) => (
            <option key={state} value={state}>
              {t(`dueStates.${state}`)} ({counts.due[state]})
            </option>
          ))}
        </select>
      </p>
      <p className={styles.filterField}>
        <label htmlFor="inbox-item">{t('filterItem')}</label>
        <input
          id="inbox-item"
          name="item"
          defaultValue={query.item ?? ''}
          pattern="\d{6}-[A-Z]{2}-\d{4}"
          placeholder="440104-MZ-0007"
          maxLength={14}
        />
      </p>
      <p className={styles.filterField}>
        <label htmlFor="inbox-limit">{t('pageSize')}</label>
        <select id="inbox-limit" name="limit" defaultValue={query.limit ?? '20'}>
          {['20', '50', '100'].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </p>
      <p className={styles.filterActions}>
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link href="/staff">{t('reset')}</Link>
      </p>
    </form>
  );
}
