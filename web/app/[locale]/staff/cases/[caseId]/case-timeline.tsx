import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { StatusBadge } from '@/components/status-badge';
import type { StaffCase } from '@/lib/api-schemas';

/** A case's history, oldest first, with who moved it at each step. */
export async function StaffCaseTimeline({ entries }: { entries: StaffCase['timeline'] }) {
  const t = await getTranslations('StaffCase');
  if (entries.length === 0) return <p>{t('noTimeline')}</p>;
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="case-timeline">
      {ordered.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <DateTime value={entry.at} /> <StatusBadge status={entry.status} />
          {entry.by ? <span className="muted"> {t('by', { name: entry.by })}</span> : null}
          {entry.note ? <p className="timeline-note">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
