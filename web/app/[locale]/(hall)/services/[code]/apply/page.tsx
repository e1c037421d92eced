import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { cache } from 'react';
import { editedFrom, formLanguage } from '@/components/application-answers';
import { NoAccess } from '@/components/no-access';
import { Link, redirect } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { acceptedContentTypes, maxUploadBytes, type ApplicationGuide } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, publicRoles } from '@/lib/roles';
import { reliefItemCode } from '../../../../../../../functions/src/relief/programs';
import { ApplyForm } from './apply-form';
import { RegistryConsentForm, registryConsentText } from '@/components/registry-consent-form';

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ prefill?: string | string[] }>;
};

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

/** The guide with its form, or the not-found page for a code that is malformed or unknown. */
const guideOf = cache(async (code: string): Promise<ApplicationGuide> => {
  if (!itemCodePattern.test(code)) notFound();
  try {
    return await api.getApplicationGuide(code);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  if (!itemCodePattern.test(code)) return {};
  const [t, locale, guide] = await Promise.all([getTranslations('Apply'), getLocale(), guideOf(code)]);
  return { title: t('title', { name: inLocale(guide.name, locale) }) };
}

const registryNotices = {
  used: 'registryUsed',
  unverified: 'registryUnverified',
  'not-found': 'registryNotFound',
  'not-needed': 'registryNotNeeded',
} as const;

const uploadLimits = { accepted: acceptedContentTypes, maxBytes: maxUploadBytes };

export default async function ApplyPage({ params, searchParams }: Props) {
  const { code } = await params;
  // The citizen's consent to registry prefill: the consent form below sends it (?prefill=registry).
  const consented = (await searchParams).prefill === 'registry';
  if (!itemCodePattern.test(code)) notFound();
  // 综合救助 has no form of its own here: /relief takes the household once for every program.
  if (code === reliefItemCode) redirect({ href: '/relief', locale: await getLocale() });
  const session = await requireSession(`/services/${code}/apply`);
  const [t, locale, guide] = await Promise.all([getTranslations('Apply'), getLocale(), guideOf(code)]);
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess text={t('citizensOnly')} />;
  const name = inLocale(guide.name, locale);
  const back = (
    <p>
      <Link href={`/services/${code}`}>{t('backToGuide', { name })}</Link>
    </p>
  );
  if (!guide.online) {
    return (
      <>
        {back}
        <h1>{t('title', { name })}</h1>
        <p className="notice notice-warning">{t('notOnline')}</p>
      </>
    );
  }

  const certifiable = guide.materials.some((m) => m.eCertificateType);
  const [{ draft, prefill, registryFields, registry }, outlets, certificates] = await Promise.all([
    api.getFormDraft(code, { registry: consented }),
    api.listOutlets({ type: 'street' }),
    certifiable ? api.listMyCertificates() : Promise.resolve([]),
  ]);
  // The wallet's valid certificates of the type each material takes (证照核查); the API checks them again.
  const wallet = Object.fromEntries(
    guide.materials.map((m, index) => [
      index,
      certificates
        .filter((c) => c.status === 'valid' && c.type === m.eCertificateType)
        .map((c) => ({ certificateId: c.certificateId, label: `${inLocale(c.typeName, locale)} ${c.number}` })),
    ]),
  );
  // A result is handed over by the clerks of a street's station (the workflow's handover step).
  const stations = outlets.items
    .filter((outlet) => outlet.kind === 'street-station')
    .map((outlet) => ({ street: outlet.code.replace(/^street-/, ''), name: inLocale(outlet.name, locale) }));
  return (
    <>
      {back}
      <h1>{t('title', { name })}</h1>
      <p>{t('intro')}</p>
      {registryFields && !registry ? <RegistryConsentForm text={registryConsentText(t)} /> : null}
      {registry ? (
        <p
          className={`notice ${registry === 'used' ? 'notice-success' : 'notice-warning'}`}
          role="status"
          data-testid="registry-prefill"
        >
          {t(registryNotices[registry])}
        </p>
      ) : null}
      <ApplyForm
        key={registry ?? 'profile'}
        itemCode={guide.code}
        form={guide.form}
        materials={guide.materials}
        uploadLimits={uploadLimits}
        language={formLanguage(locale)}
        initialAnswers={editedFrom({ ...prefill, ...(draft?.answers ?? {}) })}
        {...(draft ? { draft: { version: draft.version, updatedAt: draft.updatedAt } } : {})}
        prefilled={Object.keys(prefill).length > 0}
        stations={stations}
        wallet={wallet}
        submissionToken={randomUUID()}
      />
    </>
  );
}
