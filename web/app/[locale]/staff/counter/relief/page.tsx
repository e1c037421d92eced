import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { formLanguage } from '@/components/application-answers';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { acceptedContentTypes, maxUploadBytes } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { departments } from '../../../../../../functions/src/catalog/taxonomy';
import { disabilityGrades, housings, relations, schoolings } from '../../../../../../functions/src/relief/household';
import { reliefItemCode } from '../../../../../../functions/src/relief/programs';
import { counterRoles } from '../../_lib/staff-roles';
import { CounterRelief } from './counter-relief';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Counter'))('reliefTitle') };
}

/**
 * 综合救助 at the street station's one window (一口受理): the clerk enters the resident's household once, sees
 * which programs it may qualify for (the API's rules, explained), and files one application for the chosen
 * programs with the counter's form — accepted on the spot, each program reviewed by its department.
 */
export default async function CounterReliefPage() {
  const session = await requireSession('/staff/counter/relief');
  const [t, locale] = await Promise.all([getTranslations('Counter'), getLocale()]);
  if (!hasAnyRole(session.roles, counterRoles) || !session.street) return <NoAccess text={t('clerksOnly')} />;
  const [guide, outlets] = await Promise.all([
    api.getCounterGuide(reliefItemCode),
    api.listOutlets({ type: 'street' }),
  ]);
  const stations = outlets.items
    .filter((outlet) => outlet.kind === 'street-station')
    .map((outlet) => ({ street: outlet.code.replace(/^street-/, ''), name: inLocale(outlet.name, locale) }));
  return (
    <>
      <p>
        <Link href="/staff/counter">{t('back')}</Link>
      </p>
      <h1>{t('reliefTitle')}</h1>
      <p>{t('reliefIntro', { days: guide.timeLimits.promisedDays })}</p>
      <CounterRelief
        steps={{
          options: { relations, disabilityGrades, schoolings, housings },
          selfName: '',
          departmentNames: Object.fromEntries(departments.map((d) => [d.code, inLocale(d.name, locale)])),
        }}
        form={{
          itemCode: guide.code,
          form: guide.form,
          materials: guide.materials,
          uploadLimits: { accepted: acceptedContentTypes, maxBytes: maxUploadBytes },
          language: formLanguage(locale),
          street: session.street,
          stations,
          submissionToken: randomUUID(),
        }}
      />
    </>
  );
}
