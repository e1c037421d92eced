import { useTranslations } from 'next-intl';
import { DateTime } from '@/components/date-time';
import type { WorkItem } from '@/lib/api-schemas';
import styles from './_components/staff.module.css';

/** The head's reason for returning a case to the review (退回重审), on the officer's inbox item. */
export function ReturnedReason({ returned }: { returned: NonNullable<WorkItem['returned']> }) {
  const t = useTranslations('Inbox');
  return (
    <p className={styles.returnedReason} data-testid="returned-reason">
      {t('returnedReason', { reason: returned.reason })}{' '}
      <span className="muted">
        <DateTime value={returned.at} /> {t('returnedBy', { by: returned.by })}
      </span>
    </p>
  );
}
