import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ReportForm } from '@/components/grid-report-form';
import { Link } from '@/i18n/navigation';
import { gridApi } from '@/lib/grid-api';
import { gridDrawing } from '@/lib/grid-drawing';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { maxGridPhotos } from '../../../../../../functions/src/grid/model';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffGrid'))('reportTitle') };
}

/**
 * An inspector reports from the street, phone first: category, photos from the camera (their EXIF position
 * offered as the place), the place from the device or a tap on the map. Without a network the report is kept
 * on the phone and sent when the network returns, once.
 */
export default async function InspectorReportPage() {
  const session = await requireSession('/staff/grid/report');
  const t = await getTranslations('StaffGrid');
  if (!hasAnyRole(session.roles, ['inspector'])) {
    return (
      <>
        <h1>{t('reportTitle')}</h1>
        <p>{t('inspectorsOnly')}</p>
      </>
    );
  }
  const model = await gridApi.model();
  return (
    <>
      <p>
        <Link href="/staff/grid">{t('backToList')}</Link>
      </p>
      <h1>{t('reportTitle')}</h1>
      <p>{t('reportIntro')}</p>
      {/* One token per report: a report kept offline is sent with its own, so it is written once. */}
      <ReportForm
        categories={model.categories}
        drawing={gridDrawing(model)}
        submissionToken={randomUUID()}
        followBase="/staff/grid"
        maxPhotos={maxGridPhotos}
        owner={session.sub}
      />
    </>
  );
}
