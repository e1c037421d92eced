import { useTranslations } from 'next-intl';
import type { CaseActor, CaseStatus } from '@/lib/api-schemas';
import { DateTime } from './date-time';
import { StatusBadge } from './status-badge';
import { ActorText, TimelineEventText, detailInSentence } from './timeline-event';

type ProgressEntry = { at: string; status: CaseStatus; event?: string; step?: string; detail?: string; by?: CaseActor };

/**
 * A case's progress as the applicant sees it, oldest first: each event in the reader's language with the
 * role and unit that moved it and the opinion addressed to the applicant. Entries without an event (the
 * lookup by case number) show each change of status once.
 */
export function CaseProgress({ entries }: { entries: readonly ProgressEntry[] }) {
  const t = useTranslations('MyCase');
  const tl = useTranslations('Timeline');
  const ordered = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  const changes = ordered.filter(
    (entry, index) => entry.event !== undefined || index === 0 || ordered[index - 1]?.status !== entry.status,
  );
  if (changes.length === 0) return <p>{t('noProgress')}</p>;
  return (
    <ol className="timeline" data-testid="case-progress">
      {changes.map((entry, index) => (
        <li key={`${entry.at}-${entry.status}-${index}`} data-event={entry.event}>
          <DateTime value={entry.at} /> <StatusBadge status={entry.status} />
          {entry.event ? (
            <>
              {' '}
              <TimelineEventText event={entry.event} step={entry.step} detail={entry.detail} />
            </>
          ) : null}
          {entry.by && entry.by.role !== 'system' ? (
            <span className="muted">
              {' · '}
              <ActorText actor={entry.by} />
            </span>
          ) : null}
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
