import { useTranslations } from 'next-intl';
import type { TimelineEntry } from '@/lib/api-schemas';
import { DateTime } from './date-time';
import { StatusBadge } from './status-badge';

/** The history of a case, oldest first, as an ordered list. */
export function CaseTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations('CaseDetail');
  if (entries.length === 0) return <p>{t('noTimeline')}</p>;
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline">
      {ordered.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <DateTime value={entry.at} /> <StatusBadge status={entry.status} />
          {entry.note ? <p className="timeline-note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
