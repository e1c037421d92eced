import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { PrintButton } from '@/components/print-button';
import { GuideSections, guideSectionTitles } from '@/components/service-guide-sections';
import { Link } from '@/i18n/navigation';
import { inLocale, isFullyOnline } from '@/lib/catalog-terms';
import { formPdfHref, publishedGuide as guideOf } from '@/lib/published-guide';
import { reliefItemCode } from '../../../../../../functions/src/relief/programs';

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await guideOf((await params).code);
  return { title: inLocale(guide.name, await getLocale()) };
}

export default async function GuidePage({ params }: Props) {
  const { code } = await params;
  const guide = await guideOf(code);
  const [t, hall, apply, locale, sections] = await Promise.all([
    getTranslations('Guide'),
    getTranslations('Hall'),
    getTranslations('Apply'),
    getLocale(),
    guideSectionTitles(guide),
  ]);
  const formPdf = (mode: 'blank' | 'sample') => formPdfHref(guide.code, mode, locale);

  return (
    <article className="guide" aria-labelledby="guide-title">
      <p className="no-print">
        <Link href="/services">{t('backToHall')}</Link>
      </p>
      <h1 id="guide-title">{inLocale(guide.name, locale)}</h1>
      <p className="badges">
        {isFullyOnline(guide) ? <span className="badge badge-online">{hall('fullyOnline')}</span> : null}
        <span className="muted">
          {t('code')} {guide.code}
        </span>
      </p>
      <div className="actions no-print">
        {guide.code === reliefItemCode ? (
          // 综合救助 is applied for at /relief, which takes the household once for every program.
          <Link href="/relief" className="button" data-testid="guide-apply">
            {t('applyRelief')}
          </Link>
        ) : guide.online ? (
          <Link href={`/services/${guide.code}/apply`} className="button" data-testid="guide-apply">
            {t('applyOnline')}
          </Link>
        ) : (
          <p>{t('notOnline')}</p>
        )}
        <PrintButton label={t('print')} />
        <Link href={{ pathname: '/mailbox/write', query: { item: guide.code } }} data-testid="guide-write-letter">
          {t('writeLetter')}
        </Link>
        <Link href={{ pathname: '/mailbox/public', query: { item: guide.code } }} data-testid="guide-public-letters">
          {t('publicLetters')}
        </Link>
      </div>
      <ul className="plain-list no-print" aria-label={apply('formPdfs')}>
        <li>
          <a href={formPdf('blank')} type="application/pdf">
            {apply('blankFormPdf')}
          </a>
        </li>
        <li>
          <a href={formPdf('sample')} type="application/pdf">
            {apply('sampleFormPdf')}
          </a>
        </li>
      </ul>

      <nav aria-labelledby="toc-heading" className="toc no-print">
        <h2 id="toc-heading" className="toc-heading">
          {t('onThisPage')}
        </h2>
        <ul>
          {sections.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <GuideSections guide={guide} area="hall" />
    </article>
  );
}
