import { useTranslations } from 'next-intl';
import type { CaseStatus } from '@/lib/api-schemas';
import styles from './status-badge.module.css';

/** A case status as text (never colour alone) with a colour cue. */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations('CaseStatus');
  return (
    <span className={`badge badge-${status} ${styles[status] ?? ''}`} data-status={status}>
      {t(status)}
    </span>
  );
}
