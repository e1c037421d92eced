import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type { StaffCase } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';

type Given = StaffCase['certificates'][number];

/**
 * Materials the applicant gave as e-certificates from their wallet instead of files (证照核查): what the
 * submission checked — the certificate, its issuer, number and validity, not revoked — in place of a file, and
 * what a check now says: a certificate revoked or expired since the submission is said so, as a warning.
 */
export async function CaseCertificates({ certificates }: { certificates: StaffCase['certificates'] }) {
  if (certificates.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations('StaffCase'), getLocale()]);
  return (
    <ul className="stack" data-testid="case-certificates">
      {certificates.map((c) => (
        <li
          key={`${c.material}-${c.certificateId}`}
          data-certificate-number={c.number}
          data-status-now={c.current?.status}
        >
          <h3>{inLocale(c.name, locale)}</h3>
          <p>
            <strong>{t('verifiedCertificate')}</strong> · {inLocale(c.typeName, locale)}
          </p>
          <StatusNow certificate={c} t={t} />
          <dl>
            <dt>{t('certificateIssuer')}</dt>
            <dd>{inLocale(c.issuer.name, locale)}</dd>
            <dt>{t('certificateNumber')}</dt>
            <dd>{c.number}</dd>
            {c.holderName ? (
              <>
                <dt>{t('certificateHolder')}</dt>
                <dd>{c.holderName}</dd>
              </>
            ) : null}
            <dt>{t('validUntil')}</dt>
            <dd>{c.validUntil ? <DateTime value={c.validUntil} /> : t('validUntilNone')}</dd>
            <dt>{t('certificateStatus')}</dt>
            <dd>{t('certificateNotRevoked')}</dd>
            <dt>{t('certificateCheckedAt')}</dt>
            <dd>
              <DateTime value={c.checkedAt} precise />
            </dd>
            {c.current?.status === 'valid' ? (
              <>
                <dt>{t('certificateNow')}</dt>
                <dd>
                  {t('certificateStillValid')} (<DateTime value={c.current.checkedAt} precise />)
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The warning shown when a check now no longer confirms what the submission checked. */
function StatusNow({
  certificate: c,
  t,
}: {
  certificate: Given;
  t: Awaited<ReturnType<typeof getTranslations<'StaffCase'>>>;
}) {
  const now = c.current;
  if (!now || now.status === 'valid') return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="certificate-status-now">
      <p>
        <strong>
          {now.status === 'revoked'
            ? t('certificateRevokedNow')
            : now.status === 'expired'
              ? t('certificateExpiredNow')
              : t('certificateUnverifiableNow')}
        </strong>
      </p>
      {now.revocation ? (
        <p>
          {t('certificateRevokedAt')} <DateTime value={now.revocation.revokedAt} precise /> ·{' '}
          {t('certificateRevokedReason', { reason: now.revocation.reason })}
        </p>
      ) : null}
      {now.status === 'expired' && c.validUntil ? (
        <p>
          {t('validUntil')}: <DateTime value={c.validUntil} />
        </p>
      ) : null}
      <p>{t('certificateNoLongerHolds')}</p>
    </div>
  );
}
