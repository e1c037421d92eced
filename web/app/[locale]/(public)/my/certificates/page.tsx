import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { config } from '@/lib/config';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, publicRoles } from '@/lib/roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MyCertificates'))('title') };
}

/** The verification address a certificate's QR code carries: the credential after `#` never reaches a server. */
const verifyUrl = (credential: string) => `${config().publicOrigin}/verify#${credential}`;

/** My e-certificates (电子证照): each with its status, QR code for verification and the signed credential. */
export default async function MyCertificatesPage() {
  const session = await requireSession('/my/certificates');
  const [t, locale] = await Promise.all([getTranslations('MyCertificates'), getLocale()]);
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess />;
  const certificates = await api.listMyCertificates();
  const qrs = await Promise.all(
    certificates.map((c) =>
      QRCode.toString(verifyUrl(c.credential), { type: 'svg', errorCorrectionLevel: 'L', margin: 4 }),
    ),
  );
  return (
    <>
      <h1>{t('title')}</h1>
      {certificates.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="card-list" data-testid="my-certificates">
          {certificates.map((c, i) => (
            <li
              key={c.certificateId}
              className="card"
              data-certificate-number={c.number}
              data-status={c.replacedBy ? 'replaced' : c.status}
            >
              <h2>{inLocale(c.typeName, locale)}</h2>
              <dl>
                <dt>{t('number')}</dt>
                <dd>{c.number}</dd>
                <dt>{t('issuedBy')}</dt>
                <dd>{inLocale(c.departmentName, locale)}</dd>
                <dt>{t('issuedAt')}</dt>
                <dd>
                  <DateTime value={c.issuedAt} />
                </dd>
                <dt>{t('validUntil')}</dt>
                <dd>{c.validUntil ? <DateTime value={c.validUntil} /> : t('untilRevoked')}</dd>
                <dt>{t('statusLabel')}</dt>
                <dd>{c.replacedBy ? t('status.replaced') : t(`status.${c.status}`)}</dd>
                {c.replaces ? (
                  <>
                    <dt>{t('replaces')}</dt>
                    <dd>{c.replaces.number}</dd>
                  </>
                ) : null}
              </dl>
              {c.replacedBy ? (
                <p data-testid="replaced-by">{t('replacedBy', { number: c.replacedBy.number })}</p>
              ) : c.revocation ? (
                <p>{t('revokedBecause', { reason: c.revocation.reason })}</p>
              ) : null}
              <div
                role="img"
                aria-label={t('qr', { number: c.number })}
                style={{ width: 240, maxWidth: '100%' }}
                dangerouslySetInnerHTML={{ __html: qrs[i]! }}
              />
              <p>
                <a
                  href={`/certificate-papers/${c.certificateId}/certificate.pdf`}
                  download={`${c.number}.pdf`}
                  data-testid="certificate-pdf"
                >
                  {t('downloadPdf')}
                </a>
              </p>
              <p>
                <a
                  href={`data:application/vc+jwt;charset=utf-8,${encodeURIComponent(c.credential)}`}
                  download={`${c.number}.jwt`}
                  data-testid="credential-download"
                  data-credential={c.credential}
                >
                  {t('download')}
                </a>{' '}
                <Link href="/verify">{t('verifyLink')}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
