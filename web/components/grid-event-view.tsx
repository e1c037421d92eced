import { getLocale, getTranslations } from 'next-intl/server';
import { CalendarDay, DateTime } from '@/components/date-time';
import { termName } from '@/lib/catalog-terms';
import type { GridCategory, GridEvent } from '@/lib/grid-api';
import styles from './grid-photos.module.css';

const loop = ['reported', 'registered', 'dispatched', 'handled', 'verified', 'closed'] as const;

/**
 * A city event as citizens and staff read it: what and where, the loop's six steps with the one it stands at,
 * and its history (who did what, when, with their notes; staff also read the sweep's warnings).
 */
export async function GridEventView({ event, category }: { event: GridEvent; category?: GridCategory }) {
  const [t, tp, locale] = await Promise.all([getTranslations('GridEvent'), getTranslations('GridPhotos'), getLocale()]);
  const photos = event.photos ?? [];
  const reached = new Set(event.history.map((h) => h.status));
  const current = event.status;
  return (
    <>
      <dl className="details" data-testid="grid-event">
        <dt>{t('status')}</dt>
        <dd data-testid="event-status">
          {t(`statuses.${event.status}`)}
          {event.declined ? `（${t('declined')}）` : ''}
        </dd>
        <dt>{t('category')}</dt>
        <dd>{category ? (locale === 'en' ? category.name.en : category.name.zh) : event.category}</dd>
        <dt>{t('description')}</dt>
        <dd>{event.description}</dd>
        <dt>{t('place')}</dt>
        <dd>
          {event.streetName} · {event.cellName}
          {event.address ? ` · ${event.address}` : ''}
          <span className="muted">
            {' '}
            ({event.location.lat.toFixed(5)}, {event.location.lng.toFixed(5)})
          </span>
        </dd>
        {event.department ? (
          <>
            <dt>{t('department')}</dt>
            <dd>{termName('department', event.department, locale)}</dd>
          </>
        ) : null}
        <dt>{t('dueDate')}</dt>
        <dd>
          <CalendarDay value={event.dueDate} />
        </dd>
      </dl>
      {photos.length > 0 ? (
        <>
          <h2 id="photos-title">{tp('title')}</h2>
          {/* Served from the documents bucket by short-lived URLs, stored without their EXIF. */}
          <ul className={styles.photos} aria-labelledby="photos-title" data-testid="event-photos">
            {photos.map((photo, index) => (
              <li key={photo.documentId} data-stage={photo.stage}>
                <figure>
                  {photo.downloadUrl ? (
                    <img
                      src={photo.downloadUrl}
                      alt={tp('alt', { stage: tp(`stages.${photo.stage}`), number: index + 1 })}
                      loading="lazy"
                    />
                  ) : (
                    <span>{tp('unavailable')}</span>
                  )}
                  <figcaption>
                    {tp(`stages.${photo.stage}`)} · <DateTime value={photo.at} />
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 id="loop-title">{t('loop')}</h2>
      <ol className="plain-list" aria-labelledby="loop-title" data-testid="event-loop">
        {loop.map((status) => (
          <li key={status} aria-current={status === current ? 'step' : undefined}>
            {reached.has(status) ? '✓ ' : '○ '}
            {t(`statuses.${status}`)}
          </li>
        ))}
      </ol>
      <h2 id="history-title">{t('history')}</h2>
      <ol className="plain-list" aria-labelledby="history-title" data-testid="event-history">
        {event.history.map((h, i) => (
          <li key={`${h.at}-${i}`}>
            <DateTime value={h.at} /> ·{' '}
            {h.action === 'deadline_warning' || h.action === 'overdue'
              ? t(`warnings.${h.action}`)
              : t(`statuses.${h.status}`)}
            {h.department ? ` → ${termName('department', h.department, locale)}` : ''}
            {h.note ? `：${h.note}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
