import { useTranslations } from 'next-intl';
import type { DeadlineLevel } from '@/lib/api-schemas';
import styles from './staff.module.css';

const symbols: Record<DeadlineLevel, string> = { green: '●', yellow: '▲', red: '■', paused: '‖' };

/** A deadline level as words with a symbol and a colour cue (never colour alone). */
export function DeadlineLevelBadge({ level }: { level: DeadlineLevel | undefined }) {
  const t = useTranslations('Staff');
  if (!level) return <span className="muted">{t('levels.none')}</span>;
  return (
    <span className={`${styles.level} ${styles[level]}`} data-level={level}>
      <span aria-hidden="true">{symbols[level]}</span>
      {t(`levels.${level}`)}
    </span>
  );
}

/** "Escalated to the head" as a word badge. */
export function EscalatedBadge() {
  const t = useTranslations('Staff');
  return (
    <span className={styles.escalated} data-escalated="true">
      {t('escalated')}
    </span>
  );
}
