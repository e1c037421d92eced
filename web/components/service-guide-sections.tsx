import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CalendarDay } from '@/components/date-time';
import { MaterialsTable } from '@/components/materials-table';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale, termName } from '@/lib/catalog-terms';
import type { Guide } from '@/lib/hall-schemas';

/** The ids and headings of the guide's sections, for a table of contents. */
export async function guideSectionTitles(guide: Guide) {
  const t = await getTranslations('Guide');
  return [
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
}

/**
 * The body of a published guide (办事指南), section by section, as the hall and the kiosk show and print it.
 * In the hall the outlets link to the map and the phone numbers dial; the kiosk links nowhere outside itself.
 */
export async function GuideSections({ guide, area }: { guide: Guide; area: 'hall' | 'kiosk' }) {
  const [t, hall, locale, format, outlets] = await Promise.all([
    getTranslations('Guide'),
    getTranslations('Hall'),
    getLocale(),
    getFormatter(),
    api.listOutlets(),
  ]);
  const outletNames = new Map(outlets.items.map((o) => [o.code, inLocale(o.name, locale)]));
  const days = (n: number) => (n === 0 ? t('immediate') : t('workingDays', { days: n }));
  const phone = (number: string) => (area === 'hall' ? <a href={`tel:${number}`}>{number}</a> : number);
  return (
    <>
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
              {area === 'hall' ? (
                <Link href={`/outlets#outlet-${outlet}`} className="no-print">
                  {t('onMap')}
                  <span className="visually-hidden">: {outletNames.get(outlet) ?? outlet}</span>
                </Link>
              ) : null}
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
          <dd>{phone(guide.phones.consultation)}</dd>
          <dt>{t('supervision')}</dt>
          <dd>{phone(guide.phones.supervision)}</dd>
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
    </>
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
