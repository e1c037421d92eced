import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KioskPageHead } from '../_components/page-head';
import { TrackForm } from './track-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Kiosk'))('trackTitle') };
}

/** Case tracking (办件查询) on the kiosk: case number, then the ID card through the reader or the lookup code. */
export default async function KioskTrackPage() {
  const t = await getTranslations('Kiosk');
  return (
    <>
      <KioskPageHead title={t('trackTitle')} backHref="/kiosk" />
      <p className="lead">{t('trackIntro')}</p>
      <TrackForm />
    </>
  );
}
