import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache, type ReactNode } from 'react';
import { CalendarDay } from '@/components/date-time';
import { MaterialsTable } from '@/components/materials-table';
import { PrintButton } from '@/components/print-button';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { inLocale, isFullyOnline, termName } from '@/lib/catalog-terms';
import type { Guide } from '@/lib/hall-schemas';
import { reliefItemCode } from '../../../../../../functions/src/relief/programs';

type Props = { params: Promise<{ code: string }> };

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

/** The published guide, or the not-found page for a code that is malformed or unknown (once per request). */
const guideOf = cache(async (code: string): Promise<Guide> => {
  if (!itemCodePattern.test(code)) notFound();
  try {
    return await api.getGuide(code);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await guideOf((await params).code);
  return { title: inLocale(guide.name, await getLocale()) };
}

export default async function GuidePage({ params }: Props) {
  const { code } = await params;
  const guide = await guideOf(code);
  const [t, hall, apply, locale, format, outlets] = await Promise.all([
    getTranslations('Guide'),
    getTranslations('Hall'),
    getTranslations('Apply'),
    getLocale(),
    getFormatter(),
    api.listOutlets(),
  ]);
  const outletNames = new Map(outlets.items.map((o) => [o.code, inLocale(o.name, locale)]));
  // The API serves the item's form as PDF on the portal's own origin (/api/* goes to the API everywhere).
  const formPdf = (mode: 'blank' | 'sample') =>
    `/api/services/${encodeURIComponent(guide.code)}/form.pdf?mode=${mode}&lang=${locale === 'zh-CN' ? 'zh' : 'en'}`;
  const days = (n: number) => (n === 0 ? t('immediate') : t('workingDays', { days: n }));
  const sections = [
    ['basics', t('basics')],
    ['legal-basis', t('legalBasis')],
    ['conditions', t('conditions')],
    ['materials', t('materials')],
    ['fees', t('fees')],
    ['time-limits', t('timeLimits')],
    ['process', t('process')],
    ['outlets', t('outlets')],
    ['phones', t('phones')],
    ...(guide.faq.length > 0 ? [['faq', t('faq')]] : []),
  ] as const;

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

      <Section id="basics" title={t('basics')}>
        <dl className="details">
          <dt>{t('code')}</dt>
          <dd>{guide.code}</dd>
          <dt>{t('department')}</dt>
          <dd>{termName('department', guide.department, locale)}</dd>
          {guide.jointReview ? (
            <>
              <dt>{t('jointReview')}</dt>
              <dd data-testid="guide-joint-review">
                {t('jointReviewValue', {
                  lead: termName('department', guide.jointReview.lead, locale),
                  departments: guide.jointReview.departments
                    .filter((d) => d !== guide.jointReview?.lead)
                    .map((d) => termName('department', d, locale))
                    .join(locale === 'zh-CN' ? '、' : ', '),
                })}
              </dd>
            </>
          ) : null}
          <dt>{t('kind')}</dt>
          <dd>{t(`kind-${guide.kind}` as 'kind-public-service')}</dd>
          <dt>{t('audience')}</dt>
          <dd>
            {guide.audience
              .map((a) => hall(a === 'enterprise' ? 'audienceEnterprise' : 'audienceCitizen'))
              .join(locale === 'zh-CN' ? '、' : ', ')}
          </dd>
          {guide.lifeEvents.length > 0 ? (
            <>
              <dt>{t('lifeEvents')}</dt>
              <dd>
                {guide.lifeEvents.map((e) => termName('lifeEvent', e, locale)).join(locale === 'zh-CN' ? '、' : ', ')}
              </dd>
            </>
          ) : null}
          <dt>{t('topics')}</dt>
          <dd>{guide.topics.map((e) => termName('topic', e, locale)).join(locale === 'zh-CN' ? '、' : ', ')}</dd>
          <dt>{t('onlineLabel')}</dt>
          <dd>{guide.online ? t('onlineYes') : t('onlineNo')}</dd>
          <dt>{t('version')}</dt>
          <dd>{t('versionValue', { version: guide.publishedVersion })}</dd>
          <dt>{t('publishedAt')}</dt>
          <dd>
            <CalendarDay value={guide.publishedAt} />
          </dd>
        </dl>
      </Section>

      <Section id="legal-basis" title={t('legalBasis')}>
        <ul>
          {guide.legalBasis.map((basis) => (
            <li key={`${basis.title}${basis.article}`}>
              {basis.title} {basis.article}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="conditions" title={t('conditions')}>
        <ol>
          {guide.conditions.map((condition) => (
            <li key={condition.zh}>{inLocale(condition, locale)}</li>
          ))}
        </ol>
      </Section>

      <Section id="materials" title={t('materials')}>
        {guide.materials.length === 0 ? (
          <p>{t('noMaterials')}</p>
        ) : (
          <MaterialsTable materials={guide.materials} caption={t('materials')} />
        )}
      </Section>

      <Section id="fees" title={t('fees')}>
        <dl className="details">
          <dt>{t('fees')}</dt>
          <dd>{guide.fees.free ? t('free') : t('amount', { amount: format.number(guide.fees.amountCny) })}</dd>
          {guide.fees.basis ? (
            <>
              <dt>{t('feeBasis')}</dt>
              <dd>{guide.fees.basis}</dd>
            </>
          ) : null}
        </dl>
      </Section>

      <Section id="time-limits" title={t('timeLimits')}>
        <dl className="details">
          <dt>{t('statutory')}</dt>
          <dd>{days(guide.timeLimits.statutoryDays)}</dd>
          <dt>{t('promised')}</dt>
          <dd>{days(guide.timeLimits.promisedDays)}</dd>
          <dt>{t('counterVisits')}</dt>
          <dd>{guide.counterVisits === 0 ? t('zeroVisits') : t('visits', { count: guide.counterVisits })}</dd>
        </dl>
      </Section>

      <Section id="process" title={t('process')}>
        <ol className="process-steps">
          {guide.processSteps.map((step) => (
            <li key={step.name.zh}>
              <strong>{inLocale(step.name, locale)}</strong>
              {step.description ? <p>{inLocale(step.description, locale)}</p> : null}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="outlets" title={t('outlets')}>
        <ul>
          {guide.outlets.map((outlet) => (
            <li key={outlet}>
              {outletNames.get(outlet) ?? outlet}{' '}
              <Link href={`/outlets#outlet-${outlet}`} className="no-print">
                {t('onMap')}
                <span className="visually-hidden">: {outletNames.get(outlet) ?? outlet}</span>
              </Link>
            </li>
          ))}
        </ul>
        <dl className="details">
          <dt>{t('hours')}</dt>
          <dd>{inLocale(guide.hours, locale)}</dd>
        </dl>
      </Section>

      <Section id="phones" title={t('phones')}>
        <dl className="details">
          <dt>{t('consultation')}</dt>
          <dd>
            <a href={`tel:${guide.phones.consultation}`}>{guide.phones.consultation}</a>
          </dd>
          <dt>{t('supervision')}</dt>
          <dd>
            <a href={`tel:${guide.phones.supervision}`}>{guide.phones.supervision}</a>
          </dd>
        </dl>
      </Section>

      {guide.faq.length > 0 ? (
        <Section id="faq" title={t('faq')}>
          {guide.faq.map((entry) => (
            <details key={entry.q.zh} className="faq">
              <summary>{inLocale(entry.q, locale)}</summary>
              <p>{inLocale(entry.a, locale)}</p>
            </details>
          ))}
        </Section>
      ) : null}
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="guide-section">
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
