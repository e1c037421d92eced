'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { formatDay } from '@/lib/dates';
import { renewCertificate, revokeCertificate, type CertificateActionState } from './certificate-actions';

const idle: CertificateActionState = { status: 'idle' };

/**
 * What the issuing department may do with a certificate it has just checked: renew it (a new certificate with
 * a new number and validity replaces it) or revoke it. Shown to the roles the renewal and revocation routes
 * admit; the API refuses another department's certificate, and the refusal is shown here.
 */
export function CertificateActionsPanel({ certificateId }: { certificateId: string }) {
  const t = useTranslations('StaffVerify');
  const format = useFormatter();
  const [renewal, renew, renewing] = useActionState(renewCertificate.bind(null, certificateId), idle);
  const [revocation, revoke, revoking] = useActionState(revokeCertificate.bind(null, certificateId), idle);
  const done = renewal.status === 'renewed' || revocation.status === 'revoked';
  return (
    <section aria-labelledby="certificate-actions-heading" data-testid="certificate-actions">
      <h2 id="certificate-actions-heading">{t('actionsHeading')}</h2>
      <p>{t('actionsIntro')}</p>
      {renewal.status === 'renewed' ? (
        <p role="status" className="notice notice-success" data-testid="renewal-done" data-number={renewal.number}>
          {t('renewedNotice', { number: renewal.number, until: formatDay(format, renewal.validUntil) })}
        </p>
      ) : null}
      {revocation.status === 'revoked' ? (
        <p role="status" className="notice notice-success" data-testid="revocation-done">
          {t('revokedNotice')}
        </p>
      ) : null}
      {done ? null : (
        <>
          <form className="form" action={renew} noValidate data-testid="renew-form">
            <h3>{t('renewHeading')}</h3>
            <p className="hint">{t('renewIntro')}</p>
            {renewal.status === 'refused' ? <p role="alert">{renewal.message}</p> : null}
            <Field
              id="renew-reason"
              name="reason"
              label={t('reasonLabel')}
              error={renewal.status === 'invalid' && renewal.errors.reason ? t('reasonError') : undefined}
              multiline
            />
            <Field
              id="renew-valid-until"
              name="validUntil"
              type="date"
              label={t('validUntilLabel')}
              hint={t('validUntilHint')}
              error={renewal.status === 'invalid' && renewal.errors.validUntil ? t('validUntilError') : undefined}
            />
            <button type="submit" className="button" disabled={renewing}>
              {t('renew')}
            </button>
          </form>
          <form className="form" action={revoke} noValidate data-testid="revoke-form">
            <h3>{t('revokeHeading')}</h3>
            {revocation.status === 'refused' ? <p role="alert">{revocation.message}</p> : null}
            <Field
              id="revoke-reason"
              name="reason"
              label={t('reasonLabel')}
              error={revocation.status === 'invalid' ? t('reasonError') : undefined}
              multiline
            />
            <button type="submit" className="button button-secondary" disabled={revoking}>
              {t('revoke')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

function Field(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  type?: string;
  multiline?: boolean;
}) {
  const described = [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id: props.id,
    name: props.name,
    'aria-describedby': described || undefined,
    'aria-invalid': props.error ? true : undefined,
    required: true,
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.multiline ? <textarea rows={2} {...common} /> : <input type={props.type ?? 'text'} {...common} />}
    </div>
  );
}
