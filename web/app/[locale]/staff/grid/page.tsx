import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import mapStyles from '@/components/grid-map.module.css';
import { CalendarDay } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { gridApi } from '@/lib/grid-api';
import { gridDrawing } from '@/lib/grid-drawing';
import { project } from '@/lib/grid-map';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { sectionRoles } from '../_lib/staff-roles';
import { DeadlineLevelBadge } from '../_components/deadline-level';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffGrid'))('title') };
}

type Query = Promise<Record<string, string | string[] | undefined>>;

/**
 * The command centre's console (and each department's and street's view of it): open city events most urgent
 * first, in a list and on the grid's map (drawn from the API's GeoJSON, no tile server); `?status=closed` for
 * closed ones.
 */
export default async function StaffGridPage({ searchParams }: { searchParams: Query }) {
  const session = await requireSession('/staff/grid');
  const query = await searchParams;
  const closed = query.status === 'closed';
  const [t, ev, locale, model, events] = await Promise.all([
    getTranslations('StaffGrid'),
    getTranslations('GridEvent'),
    getLocale(),
    gridApi.model(),
    gridApi.list(closed ? 'closed' : undefined),
  ]);
  const drawing = gridDrawing(model, 480);
  const categoryName = (code: string) => {
    const c = model.categories.find((x) => x.code === code);
    return c ? (locale === 'en' ? c.name.en : c.name.zh) : code;
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="inline-list">
        {session.roles.includes('inspector') ? (
          <Link href="/staff/grid/report" className="button">
            {t('reportEvent')}
          </Link>
        ) : null}
        {closed ? (
          <Link href="/staff/grid">{t('showOpen')}</Link>
        ) : (
          <Link href="/staff/grid?status=closed">{t('showClosed')}</Link>
        )}
        {hasAnyRole(session.roles, sectionRoles('open311Clients')) ? (
          <Link href="/staff/grid/open311-clients">{t('open311Clients')}</Link>
        ) : null}
      </p>
      <svg
        className={mapStyles.map}
        viewBox={`0 0 ${drawing.frame.width} ${drawing.frame.height}`}
        role="img"
        aria-label={t('mapLabel', { count: events.length })}
      >
        {drawing.streets.map((s) => (
          <path key={s.code} d={s.path} className={mapStyles.street} />
        ))}
        <path d={drawing.cellsPath} className={mapStyles.cells} />
        {events.map((e) => {
          const p = project(drawing.frame, e.location.lng, e.location.lat);
          return (
            <circle
              key={e.eventId}
              cx={p.x}
              cy={p.y}
              r={4}
              className={`${mapStyles.event} ${mapStyles[e.level ?? 'green']}`}
            >
              <title>{`${e.eventId} ${categoryName(e.category)}`}</title>
            </circle>
          );
        })}
      </svg>
      {events.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="grid-caption">
          <table className="table" data-testid="grid-events">
            <caption id="grid-caption">{closed ? t('captionClosed') : t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('number')}</th>
                <th scope="col">{t('category')}</th>
                <th scope="col">{t('street')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('due')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.eventId}>
                  <td data-label={t('number')}>
                    <Link href={`/staff/grid/${encodeURIComponent(e.eventId)}`}>{e.eventId}</Link>
                  </td>
                  <td data-label={t('category')}>{categoryName(e.category)}</td>
                  <td data-label={t('street')}>{e.streetName}</td>
                  <td data-label={t('status')}>{ev(`statuses.${e.status}`)}</td>
                  <td data-label={t('due')}>
                    <CalendarDay value={e.dueDate} /> {e.level ? <DeadlineLevelBadge level={e.level} /> : null}
                    {e.escalated ? <strong> {t('escalated')}</strong> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
