import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type { StaffCase } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';

/**
 * Materials the applicant gave as e-certificates from their wallet instead of files (证照核查): what the
 * submission checked — the certificate, its issuer, number and validity, not revoked — in place of a file.
 */
export async function CaseCertificates({ certificates }: { certificates: StaffCase['certificates'] }) {
  if (certificates.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('StaffCase'), getLocale()]);
  return (
    <ul className="stack" data-testid="case-certificates">
      {certificates.map((c) => (
        <li key={`${c.material}-${c.certificateId}`} data-certificate-number={c.number}>
          <h3>{inLocale(c.name, locale)}</h3>
          <p>
            <strong>{t('verifiedCertificate')}</strong> · {inLocale(c.typeName, locale)}
          </p>
          <dl>
            <dt>{t('certificateIssuer')}</dt>
            <dd>{inLocale(c.issuer.name, locale)}</dd>
            <dt>{t('certificateNumber')}</dt>
            <dd>{c.number}</dd>
            <dt>{t('validUntil')}</dt>
            <dd>{c.validUntil ? <DateTime value={c.validUntil} /> : t('validUntilNone')}</dd>
            <dt>{t('certificateStatus')}</dt>
            <dd>{t('certificateNotRevoked')}</dd>
            <dt>{t('certificateCheckedAt')}</dt>
            <dd>
              <DateTime value={c.checkedAt} precise />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
