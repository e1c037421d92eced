import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { GridEventView } from '@/components/grid-event-view';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { gridApi, type GridEvent } from '@/lib/grid-api';
import { requireSession } from '@/lib/guards';

type Params = Promise<{ eventId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('GridReport'))('followTitle') };
}

/** My report, followed from 上报 to 结案: where it stands, who handles it, what was done. */
export default async function FollowReportPage({ params }: { params: Params }) {
  const { eventId } = await params;
  await requireSession(`/report/${eventId}`);
  const t = await getTranslations('GridReport');
  let event: GridEvent;
  try {
    event = await gridApi.get(eventId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403) || isApiError(error, 400)) notFound();
    throw error;
  }
  const { categories } = await gridApi.model();
  return (
    <>
      <p>
        <Link href="/report">{t('backToReport')}</Link>
      </p>
      <h1>{t('followHeading', { eventId: event.eventId })}</h1>
      <GridEventView event={event} category={categories.find((c) => c.code === event.category)} />
    </>
  );
}
