import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { cache } from 'react';
import { formLanguage } from '@/components/application-answers';
import { NoAccess } from '@/components/no-access';
import { Link, redirect } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { acceptedContentTypes, maxUploadBytes, type CounterGuide } from '@/lib/api-schemas';
import { inLocale, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { reliefItemCode } from '../../../../../../functions/src/relief/programs';
import { counterRoles } from '../../_lib/staff-roles';
import { CounterForm } from './counter-form';

type Props = { params: Promise<{ code: string }> };

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;
const uploadLimits = { accepted: acceptedContentTypes, maxBytes: maxUploadBytes };

/** The published guide with its form, or the not-found page for a malformed or unknown code. */
const guideOf = cache(async (code: string): Promise<CounterGuide> => {
  if (!itemCodePattern.test(code)) notFound();
  try {
    return await api.getCounterGuide(code);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  if (!itemCodePattern.test(code)) return {};
  const [t, locale, guide] = await Promise.all([getTranslations('Counter'), getLocale(), guideOf(code)]);
  return { title: t('formTitle', { name: inLocale(guide.name, locale) }) };
}

/** Counter filing, step two: the item's form, filled in by the clerk for the citizen in front of them. */
export default async function CounterFormPage({ params }: Props) {
  const { code } = await params;
  if (!itemCodePattern.test(code)) notFound();
  // 综合救助 has no form of its own here: its one window takes the household once for every program.
  if (code === reliefItemCode) redirect({ href: '/staff/counter/relief', locale: await getLocale() });
  const session = await requireSession(`/staff/counter/${code}`);
  const [t, locale] = await Promise.all([getTranslations('Counter'), getLocale()]);
  if (!hasAnyRole(session.roles, counterRoles) || !session.street) return <NoAccess text={t('clerksOnly')} />;
  const [guide, outlets] = await Promise.all([guideOf(code), api.listOutlets({ type: 'street' })]);
  const stations = outlets.items
    .filter((outlet) => outlet.kind === 'street-station')
    .map((outlet) => ({ street: outlet.code.replace(/^street-/, ''), name: inLocale(outlet.name, locale) }));
  const name = inLocale(guide.name, locale);
  return (
    <>
      <p>
        <Link href="/staff/counter">{t('back')}</Link>
      </p>
      <h1>{t('formTitle', { name })}</h1>
      <p>
        {t('formIntro', {
          code: guide.code,
          department: termName('department', guide.department, locale),
          days: guide.timeLimits.promisedDays,
        })}
      </p>
      <CounterForm
        itemCode={guide.code}
        form={guide.form}
        materials={guide.materials}
        uploadLimits={uploadLimits}
        language={formLanguage(locale)}
        street={session.street}
        stations={stations}
        submissionToken={randomUUID()}
      />
    </>
  );
}
