import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrintButton } from '@/components/print-button';
import { GuideSections } from '@/components/service-guide-sections';
import { inLocale } from '@/lib/catalog-terms';
import { formPdfHref, publishedGuide } from '@/lib/published-guide';
import { KioskPageHead } from '../../_components/page-head';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await publishedGuide((await params).code);
  return { title: inLocale(guide.name, await getLocale()) };
}

/**
 * A guide on the kiosk: the hall's guide to read and print (the print stylesheet leaves the kiosk's bar and
 * buttons out), and the item's blank and sample forms as PDF to print. Applying needs the visitor's own
 * account, which a shared screen does not hold: the guide says where to apply instead.
 */
export default async function KioskGuidePage({ params }: Props) {
  const guide = await publishedGuide((await params).code);
  const [t, guideText, locale] = await Promise.all([getTranslations('Kiosk'), getTranslations('Guide'), getLocale()]);
  return (
    <article className="guide" aria-labelledby="guide-title">
      <KioskPageHead title={inLocale(guide.name, locale)} backHref="/kiosk/services" headingId="guide-title">
        <p className="muted">
          {guideText('code')} {guide.code}
        </p>
      </KioskPageHead>
      <p>{guide.online ? t('applyElsewhere') : t('notOnline')}</p>
      <div className="actions kiosk-actions no-print">
        <PrintButton label={t('guidePrint')} className="button kiosk-button" />
      </div>
      <section aria-labelledby="kiosk-forms-heading" className="no-print">
        <h2 id="kiosk-forms-heading">{t('formPdfs')}</h2>
        <ul className="kiosk-links">
          <li>
            <a href={formPdfHref(guide.code, 'blank', locale)} type="application/pdf" className="kiosk-link">
              {t('blankForm')}
            </a>
          </li>
          <li>
            <a href={formPdfHref(guide.code, 'sample', locale)} type="application/pdf" className="kiosk-link">
              {t('sampleForm')}
            </a>
          </li>
        </ul>
      </section>
      <GuideSections guide={guide} area="kiosk" />
    </article>
  );
}
