import { useTranslations } from 'next-intl';
import type { CaseStatus } from '@/lib/api-schemas';
import { DateTime } from './date-time';
import { StatusBadge } from './status-badge';

/**
 * A case's progress as the applicant sees it: each change of status with its time, oldest first. The
 * workflow's notes are for staff (and in English), so they are left out; repeats of a status (deadline
 * warnings) show once.
 */
export function CaseProgress({ entries }: { entries: readonly { at: string; status: CaseStatus }[] }) {
  const t = useTranslations('MyCase');
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  const changes = ordered.filter((entry, index) => index === 0 || ordered[index - 1]?.status !== entry.status);
  if (changes.length === 0) return <p>{t('noProgress')}</p>;
  return (
    <ol className="timeline" data-testid="case-progress">
      {changes.map((entry) => (
        <li key={`${entry.at}-${entry.status}`}>
          <DateTime value={entry.at} /> <StatusBadge status={entry.status} />
        </li>
      ))}
    </ol>
  );
}
