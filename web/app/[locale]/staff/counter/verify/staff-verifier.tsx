'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { formatDay } from '@/lib/dates';
import { verifyShownCertificate, type StaffVerifyState } from './actions';
import { CertificateActionsPanel } from './certificate-actions-panel';

/**
 * Paste or scan the QR code a citizen shows; the API checks it online (signature, validity, revocation). Staff
 * who may renew and revoke (`canManage`) get both actions under a certificate that is not revoked.
 */
export function StaffVerifier({ canManage = false }: { canManage?: boolean }) {
  const t = useTranslations('Verify');
  const s = useTranslations('StaffVerify');
  const locale = useLocale();
  const format = useFormatter();
  const [state, action, pending] = useActionState<StaffVerifyState, FormData>(verifyShownCertificate, {
    status: 'idle',
  });
  const name = (n: { zh: string; en: string } | undefined) => (n ? (locale === 'en' ? n.en : n.zh) : '');
  return (
    <>
      <form className="form" action={action} noValidate>
        <div className="field">
          <label htmlFor="credential">{t('credentialLabel')}</label>
          <p id="credential-hint" className="hint">
            {t('credentialHint')}
          </p>
          {state.status === 'empty' ? (
            <p className="field-error" id="credential-error">
              {s('empty')}
            </p>
          ) : null}
          <textarea
            id="credential"
            name="credential"
            rows={5}
            aria-describedby={state.status === 'empty' ? 'credential-hint credential-error' : 'credential-hint'}
            aria-invalid={state.status === 'empty' ? true : undefined}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {t('verify')}
        </button>
      </form>
      {state.status === 'failed' ? <p role="alert">{s('failed')}</p> : null}
      {state.status === 'checked' ? (
        <div role="status" data-testid="staff-verification" data-status={state.result.status}>
          <h2>{t(`status.${state.result.status}`)}</h2>
          {state.result.certificate ? (
            <dl>
              <dt>{t('type')}</dt>
              <dd>{name(state.result.certificate.typeName) || state.result.certificate.type}</dd>
              <dt>{t('number')}</dt>
              <dd>{state.result.certificate.number}</dd>
              <dt>{t('holder')}</dt>
              <dd>
                {state.result.certificate.holder.name}
                {state.result.certificate.holder.idNumberMasked
                  ? ` (${state.result.certificate.holder.idNumberMasked})`
                  : ''}
              </dd>
              <dt>{t('issuer')}</dt>
              <dd>{name(state.result.certificate.issuer.name)}</dd>
              <dt>{t('validity')}</dt>
              <dd>
                {formatDay(format, state.result.certificate.validFrom)} –{' '}
                {state.result.certificate.validUntil
                  ? formatDay(format, state.result.certificate.validUntil)
                  : t('untilRevoked')}
              </dd>
            </dl>
          ) : null}
          {state.result.revocation?.replacedBy ? (
            <p data-testid="staff-replaced-by">
              {s('replacedBy', { number: state.result.revocation.replacedBy.number })}
            </p>
          ) : null}
          <p>{s('audited')}</p>
        </div>
      ) : null}
      {canManage &&
      state.status === 'checked' &&
      state.result.certificate &&
      (state.result.status === 'valid' || state.result.status === 'expired') ? (
        <CertificateActionsPanel key={state.result.certificate.id} certificateId={state.result.certificate.id} />
      ) : null}
    </>
  );
}
