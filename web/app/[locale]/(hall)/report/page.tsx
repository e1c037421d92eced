import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CalendarDay } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { gridApi } from '@/lib/grid-api';
import { gridDrawing } from '@/lib/grid-drawing';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { ReportForm } from '@/components/grid-report-form';
import { maxGridPhotos } from '../../../../../functions/src/grid/model';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('GridReport'))('title') };
}

/**
 * 随手拍: a citizen reports a city-management problem (category, description, photos, place on the grid) and follows it;
 * it goes to the command centre's dispatchers. Their earlier reports are listed below the form. In the (hall) group,
 * like the application form: no loading fallback, so without script the page (and the posted form's answer) shows.
 */
export default async function ReportPage() {
  const session = await requireSession('/report');
  const t = await getTranslations('GridReport');
  if (!hasAnyRole(session.roles, ['citizen', 'enterprise'])) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('citizensOnly')}</p>
      </>
    );
  }
  const [model, mine] = await Promise.all([gridApi.model(), gridApi.list()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {/* One token per form shown: sending it twice (double tap, retry) records one report. */}
      <ReportForm
        categories={model.categories}
        drawing={gridDrawing(model)}
        submissionToken={randomUUID()}
        followBase="/report"
        maxPhotos={maxGridPhotos}
        owner={session.sub}
      />
      <h2>{t('mine')}</h2>
      {mine.length === 0 ? (
        <p>{t('noneYet')}</p>
      ) : (
        <ul className="plain-list" data-testid="my-reports">
          {mine.map((event) => (
            <li key={event.eventId}>
              <Link href={`/report/${encodeURIComponent(event.eventId)}`}>{event.eventId}</Link> ·{' '}
              {t(`statuses.${event.status}`)} · <CalendarDay value={event.reportedAt.slice(0, 10)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
