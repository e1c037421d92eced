'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FocusedAlert } from '@/components/focused-alert';
import { SecretShownOnce } from '@/components/secret-shown-once';
import { registerClient, revokeClient, rotateClient, type ClientFormState, type Credentials } from './actions';

/** A client's id and secret, shown this once, with where to exchange them for a token. */
function IssuedSecret({ issued }: { issued: Credentials }) {
  const t = useTranslations('MachineClients');
  return (
    <SecretShownOnce
      title={t('issued', { clientId: issued.clientId })}
      hint={t('issuedHint', { endpoint: issued.tokenEndpoint })}
      label={t('clientSecret')}
      value={issued.clientSecret}
      testId="issued-secret"
    />
  );
}

function Refusal({ state }: { state: ClientFormState }) {
  const t = useTranslations('MachineClients');
  const text =
    state.status === 'refused' ? t(state.message ? `message.${state.message}` : 'message.invalid') : undefined;
  return <FocusedAlert text={text} state={state} />;
}

/** Registers a system of my department: its name and who runs it; the secret appears once, above the form. */
export function RegisterForm() {
  const t = useTranslations('MachineClients');
  const [state, formAction, pending] = useActionState<ClientFormState, FormData>(registerClient, { status: 'idle' });
  const invalid = (field: 'system' | 'contact') => state.invalid?.includes(field) ?? false;
  return (
    <section aria-labelledby="register-title" className="panel">
      <h2 id="register-title">{t('registerTitle')}</h2>
      {state.status === 'issued' && state.issued ? (
        <IssuedSecret key={state.issued.clientId} issued={state.issued} />
      ) : null}
      <Refusal state={state} />
      <form action={formAction} className="form" noValidate data-testid="register-form">
        <div className="field">
          <label htmlFor="system">{t('system')}</label>
          <input
            id="system"
            name="system"
            maxLength={80}
            required
            key={`system-${state.status}`}
            defaultValue={state.status === 'refused' ? state.values?.system : ''}
            aria-invalid={invalid('system') || undefined}
            aria-describedby={invalid('system') ? 'system-error' : undefined}
          />
          {invalid('system') ? (
            <p className="field-error" id="system-error">
              {t('invalid.system')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="contact">{t('contact')}</label>
          <input
            id="contact"
            name="contact"
            maxLength={200}
            required
            key={`contact-${state.status}`}
            defaultValue={state.status === 'refused' ? state.values?.contact : ''}
            aria-invalid={invalid('contact') || undefined}
            aria-describedby={invalid('contact') ? 'contact-error' : undefined}
          />
          {invalid('contact') ? (
            <p className="field-error" id="contact-error">
              {t('invalid.contact')}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t('register')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Rotate (a new secret, shown once) or revoke one system's credentials. */
export function ClientControls({ clientId, system }: { clientId: string; system: string }) {
  const t = useTranslations('MachineClients');
  const [rotated, rotate, rotating] = useActionState<ClientFormState, FormData>(rotateClient, { status: 'idle' });
  const [revoked, revoke, revoking] = useActionState<ClientFormState, FormData>(revokeClient, { status: 'idle' });
  return (
    <div>
      {rotated.status === 'issued' && rotated.issued ? <IssuedSecret issued={rotated.issued} /> : null}
      <Refusal state={rotated.status === 'refused' ? rotated : revoked} />
      <div className="actions">
        <form action={rotate}>
          <input type="hidden" name="clientId" value={clientId} />
          <button type="submit" className="button button-secondary" disabled={rotating}>
            {t('rotate', { system })}
          </button>
        </form>
        <form action={revoke}>
          <input type="hidden" name="clientId" value={clientId} />
          <button type="submit" className="button button-secondary" disabled={revoking}>
            {t('revoke', { system })}
          </button>
        </form>
      </div>
    </div>
  );
}
