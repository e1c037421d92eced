import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { StatusBadge } from '@/components/status-badge';
import { TimelineEventText, detailInSentence } from '@/components/timeline-event';
import type { StaffCase } from '@/lib/api-schemas';

/** A case's history, oldest first, in the reader's language, with who moved it and the opinion given. */
export async function StaffCaseTimeline({ entries }: { entries: StaffCase['timeline'] }) {
  const [t, tl] = await Promise.all([getTranslations('StaffCase'), getTranslations('Timeline')]);
  if (entries.length === 0) return <p>{t('noTimeline')}</p>;
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <ol className="timeline" data-testid="case-timeline">
      {ordered.map((entry, index) => (
        <li key={`${entry.at}-${index}`} data-event={entry.event}>
          <DateTime value={entry.at} /> <StatusBadge status={entry.status} />{' '}
          <TimelineEventText event={entry.event} step={entry.step} detail={entry.detail} />
          {entry.by ? <span className="muted"> {t('by', { name: entry.by })}</span> : null}
          {entry.detail && !detailInSentence.includes(entry.event ?? '') ? (
            <p className="timeline-note preserve-lines">
              {entry.event === 'note' ? null : tl('opinion')}
              {entry.detail}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
