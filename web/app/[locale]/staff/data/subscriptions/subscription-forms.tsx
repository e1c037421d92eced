'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FocusedAlert } from '@/components/focused-alert';
import { SecretShownOnce } from '@/components/secret-shown-once';
import { subscribe, unsubscribe, type IssuedSecret, type SubscriptionFormState } from './actions';

/** A new subscription's signing secret, shown this once, with how the consumer verifies a delivery. */
function SigningSecret({ issued }: { issued: IssuedSecret }) {
  const t = useTranslations('DataSubscriptions');
  return (
    <SecretShownOnce
      title={t('issued', { subscriptionId: issued.subscriptionId })}
      hint={t('issuedHint', { header: issued.signatureHeader })}
      label={t('signingSecret')}
      value={issued.signingSecret}
      testId="signing-secret"
    />
  );
}

function Refusal({ state }: { state: SubscriptionFormState }) {
  const t = useTranslations('DataSubscriptions');
  const text =
    state.status === 'refused' ? t(state.message ? `message.${state.message}` : 'message.invalid') : undefined;
  return <FocusedAlert text={text} state={state} />;
}

/** Subscribes a webhook of my department to one of the resources it holds a grant of. */
export function SubscribeForm({ resources }: { resources: readonly { id: string; title: string }[] }) {
  const t = useTranslations('DataSubscriptions');
  const [state, formAction, pending] = useActionState<SubscriptionFormState, FormData>(subscribe, {
    status: 'idle',
  });
  const invalid = (field: 'resourceId' | 'webhookUrl') => state.invalid?.includes(field) ?? false;
  const kept = state.status === 'refused' ? state.values : undefined;
  return (
    <section aria-labelledby="subscribe-title" className="panel">
      <h2 id="subscribe-title">{t('subscribeTitle')}</h2>
      {state.status === 'issued' && state.issued ? (
        <SigningSecret key={state.issued.subscriptionId} issued={state.issued} />
      ) : null}
      <Refusal state={state} />
      <form action={formAction} className="form" noValidate data-testid="subscribe-form">
        <div className="field">
          <label htmlFor="resourceId">{t('resource')}</label>
          <select
            id="resourceId"
            name="resourceId"
            required
            key={`resource-${state.status}`}
            defaultValue={kept?.resourceId ?? ''}
            aria-invalid={invalid('resourceId') || undefined}
            aria-describedby={invalid('resourceId') ? 'resourceId-error' : undefined}
          >
            <option value="">{t('chooseResource')}</option>
            {resources.map((r) => (
              <option key={r.id} value={r.id}>
                {r.title} ({r.id})
              </option>
            ))}
          </select>
          {invalid('resourceId') ? (
            <p className="field-error" id="resourceId-error">
              {t('invalid.resourceId')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="webhookUrl">{t('webhookUrl')}</label>
          <input
            id="webhookUrl"
            name="webhookUrl"
            type="url"
            inputMode="url"
            maxLength={500}
            required
            key={`webhook-${state.status}`}
            defaultValue={kept?.webhookUrl ?? ''}
            aria-invalid={invalid('webhookUrl') || undefined}
            aria-describedby={invalid('webhookUrl') ? 'webhookUrl-hint webhookUrl-error' : 'webhookUrl-hint'}
          />
          <p className="hint" id="webhookUrl-hint">
            {t('webhookHint')}
          </p>
          {invalid('webhookUrl') ? (
            <p className="field-error" id="webhookUrl-error">
              {t('invalid.webhookUrl')}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t('subscribe')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Ends one subscription. */
export function UnsubscribeForm({ subscriptionId, resource }: { subscriptionId: string; resource: string }) {
  const t = useTranslations('DataSubscriptions');
  const [state, formAction, pending] = useActionState<SubscriptionFormState, FormData>(unsubscribe, {
    status: 'idle',
  });
  return (
    <div>
      <Refusal state={state} />
      <form action={formAction} className="actions">
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <button type="submit" className="button button-secondary" disabled={pending}>
          {t('unsubscribe', { resource })}
        </button>
      </form>
    </div>
  );
}
