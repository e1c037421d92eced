'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FocusedAlert } from '@/components/focused-alert';
import { SecretShownOnce } from '@/components/secret-shown-once';
import {
  subscribe,
  unsubscribe,
  type IssuedSecret,
  type SubscriptionFormState,
  type SubscriptionKind,
} from './actions';

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

/** A queue subscription made: its id, and where its system reads the events. */
function Queued({ subscriptionId }: { subscriptionId: string }) {
  const t = useTranslations('DataSubscriptions');
  return (
    <div className="notice" role="status" data-testid="queue-created">
      <p>{t('queued', { subscriptionId })}</p>
      <p className="preserve-lines">{t('queueHint', { path: `/api/data/subscriptions/${subscriptionId}/messages` })}</p>
    </div>
  );
}

/** Subscribes a webhook of my department, or a queue its system reads, to one of the resources it holds a grant of. */
export function SubscribeForm({ resources }: { resources: readonly { id: string; title: string }[] }) {
  const t = useTranslations('DataSubscriptions');
  const [state, formAction, pending] = useActionState<SubscriptionFormState, FormData>(subscribe, {
    status: 'idle',
  });
  const invalid = (field: 'resourceId' | 'kind' | 'webhookUrl') => state.invalid?.includes(field) ?? false;
  const kept = state.status === 'refused' ? state.values : undefined;
  const [kind, setKind] = useState<SubscriptionKind>(kept?.kind ?? 'webhook');
  return (
    <section aria-labelledby="subscribe-title" className="panel">
      <h2 id="subscribe-title">{t('subscribeTitle')}</h2>
      {state.status === 'issued' && state.issued ? (
        <SigningSecret key={state.issued.subscriptionId} issued={state.issued} />
      ) : null}
      {state.status === 'queued' && state.queued ? <Queued subscriptionId={state.queued} /> : null}
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
        <fieldset className="field" data-testid="subscription-kind">
          <legend>{t('kind')}</legend>
          {(['webhook', 'queue'] as const).map((value) => (
            <label key={value} className="checkbox">
              <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {t(`kinds.${value}`)}
            </label>
          ))}
          <p className="hint">{t(kind === 'queue' ? 'queueKindHint' : 'webhookKindHint')}</p>
        </fieldset>
        {kind === 'webhook' ? (
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
        ) : null}
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t(kind === 'queue' ? 'subscribeQueue' : 'subscribe')}
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
