import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { editedFrom, formLanguage } from '@/components/application-answers';
import { NoAccess } from '@/components/no-access';
import { api } from '@/lib/api';
import { acceptedContentTypes, maxUploadBytes } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { departments } from '../../../../../functions/src/catalog/taxonomy';
import { disabilityGrades, housings, relations, schoolings } from '../../../../../functions/src/relief/household';
import { reliefItemCode } from '../../../../../functions/src/relief/programs';
import { ReliefIntake } from './relief-intake';
import { RegistryConsentForm, registryConsentText } from '@/components/registry-consent-form';

type Props = { searchParams: Promise<{ prefill?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Relief');
  return { title: t('title') };
}

/**
 * 综合救助 (一口上下): the household once, the programs it may qualify for (rules evaluated by the API,
 * explained), then one application of the relief item with shared materials for the chosen programs.
 */
export default async function ReliefPage({ searchParams }: Props) {
  // The citizen's consent to registry prefill: the consent form below sends it (?prefill=registry).
  const consented = (await searchParams).prefill === 'registry';
  const session = await requireSession('/relief');
  const [t, locale] = await Promise.all([getTranslations('Relief'), getLocale()]);
  if (!hasAnyRole(session.roles, ['citizen'])) return <NoAccess text={t('citizensOnly')} />;
  const [guide, { draft, prefill, registry }, outlets, certificates] = await Promise.all([
    api.getApplicationGuide(reliefItemCode),
    api.getFormDraft(reliefItemCode, { registry: consented }),
    api.listOutlets({ type: 'street' }),
    api.listMyCertificates(),
  ]);
  const wallet = Object.fromEntries(
    guide.materials.map((m, index) => [
      index,
      certificates
        .filter((c) => c.status === 'valid' && c.type === m.eCertificateType)
        .map((c) => ({ certificateId: c.certificateId, label: `${inLocale(c.typeName, locale)} ${c.number}` })),
    ]),
  );
  const stations = outlets.items
    .filter((outlet) => outlet.kind === 'street-station')
    .map((outlet) => ({ street: outlet.code.replace(/^street-/, ''), name: inLocale(outlet.name, locale) }));
  // The first member is the applicant: their name as the form's name field is prefilled (profile or registry).
  const nameField = guide.form.sections.flatMap((s) => s.fields).find((f) => f.prefill === 'name');
  const prefilledName = nameField ? prefill[nameField.id] : undefined;
  const selfName = typeof prefilledName === 'string' ? prefilledName : '';
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!registry ? (
        <RegistryConsentForm text={registryConsentText(t)} />
      ) : (
        <p
          className={`notice ${registry === 'used' ? 'notice-success' : 'notice-warning'}`}
          role="status"
          data-testid="registry-prefill"
        >
          {t(registry === 'used' ? 'registryUsed' : 'registryNotUsed')}
        </p>
      )}
      <ReliefIntake
        key={registry ?? 'profile'}
        options={{ relations, disabilityGrades, schoolings, housings }}
        selfName={selfName}
        departmentNames={Object.fromEntries(departments.map((d) => [d.code, inLocale(d.name, locale)]))}
        apply={{
          itemCode: guide.code,
          form: guide.form,
          materials: guide.materials,
          uploadLimits: { accepted: acceptedContentTypes, maxBytes: maxUploadBytes },
          language: formLanguage(locale),
          initialAnswers: editedFrom({ ...prefill, ...(draft?.answers ?? {}) }),
          ...(draft ? { draft: { version: draft.version, updatedAt: draft.updatedAt } } : {}),
          prefilled: Object.keys(prefill).length > 0,
          stations,
          wallet,
          submissionToken: randomUUID(),
        }}
      />
    </>
  );
}
