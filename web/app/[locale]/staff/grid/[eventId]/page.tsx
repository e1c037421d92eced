import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { GridEventView } from '@/components/grid-event-view';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { departmentCodes, termName } from '@/lib/catalog-terms';
import { gridApi, type GridEvent } from '@/lib/grid-api';
import { requireSession } from '@/lib/guards';
import type { Session } from '@/lib/session';
import { DeadlineLevelBadge } from '../../_components/deadline-level';
import { maxGridPhotos } from '../../../../../../functions/src/grid/model';
import { EventActionForm } from './action-form';

type Params = Promise<{ eventId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffGrid'))('eventTitle') };
}

/** The steps the caller may take on the event as it stands (the API checks again). */
function actionsFor(session: Session, event: GridEvent): string[] {
  const roles = session.roles;
  if (roles.includes('dispatcher') && event.status === 'reported') return ['register', 'decline'];
  if (roles.includes('dispatcher') && event.status === 'registered') return ['dispatch'];
  const ofDepartment = (roles.includes('officer') || roles.includes('head')) && session.department === event.department;
  if (ofDepartment && event.status === 'dispatched') return ['handle'];
  if (roles.includes('inspector') && session.street === event.street && event.status === 'handled') {
    return ['verify', 'return'];
  }
  return [];
}

/** A city event for the staff who move it on: where and what, its clock, history, and the step they may take. */
export default async function StaffGridEventPage({ params }: { params: Params }) {
  const { eventId } = await params;
  const session = await requireSession(`/staff/grid/${eventId}`);
  const [t, locale] = await Promise.all([getTranslations('StaffGrid'), getLocale()]);
  let event: GridEvent;
  try {
    event = await gridApi.get(eventId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403) || isApiError(error, 400)) notFound();
    throw error;
  }
  const { categories } = await gridApi.model();
  const category = categories.find((c) => c.code === event.category);
  const actions = actionsFor(session, event);
  return (
    <>
      <p>
        <Link href="/staff/grid">{t('backToList')}</Link>
      </p>
      <h1>{t('eventHeading', { eventId: event.eventId })}</h1>
      {event.level ? (
        <p data-testid="event-clock">
          {t('clock')} <DeadlineLevelBadge level={event.level} />
          {event.escalated ? <strong data-testid="event-escalated"> {t('escalated')}</strong> : null}
        </p>
      ) : null}
      <GridEventView event={event} {...(category ? { category } : {})} />
      {actions.length > 0 ? (
        <EventActionForm
          key={event.version}
          eventId={event.eventId}
          version={event.version}
          actions={actions}
          departments={departmentCodes.map((code) => ({ code, name: termName('department', code, locale) }))}
          defaultDepartment={category?.department ?? 'urban-management'}
          maxPhotos={maxGridPhotos}
        />
      ) : event.status !== 'closed' ? (
        <p data-testid="waiting-for-others">{t('waitingForOthers')}</p>
      ) : null}
    </>
  );
}
