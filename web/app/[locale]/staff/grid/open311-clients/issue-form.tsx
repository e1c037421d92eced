'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { issueOpen311Client, type IssueState } from './actions';

/** The key just issued, shown this once, with a button that copies it. */
function IssuedKey({ issued }: { issued: NonNullable<IssueState['issued']> }) {
  const t = useTranslations('Open311Clients');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.apiKey);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div className="notice notice-success" role="status" tabIndex={-1} ref={box} data-testid="issued-key">
      <p>
        <strong>{t('issued', { name: issued.name, keyId: issued.keyId })}</strong>
      </p>
      <p id="issued-key-hint">{t('issuedHint')}</p>
      <div className="field">
        <label htmlFor="issued-key">{t('apiKey')}</label>
        <input
          id="issued-key"
          readOnly
          value={issued.apiKey}
          aria-describedby="issued-key-hint"
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={copy}>
          {t('copy')}
        </button>
        <span aria-live="polite">{copied === 'idle' ? '' : t(copied === 'copied' ? 'copied' : 'copyFailed')}</span>
      </div>
    </div>
  );
}

/** Issues a new client its api_key: its name and a contact; the key appears once, above the form. */
export function IssueForm() {
  const t = useTranslations('Open311Clients');
  const [state, formAction, pending] = useActionState<IssueState, FormData>(issueOpen311Client, { status: 'idle' });
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'refused') alert.current?.focus();
  }, [state]);
  const invalid = (field: 'name' | 'contact') => state.invalid?.includes(field) ?? false;
  return (
    <section aria-labelledby="issue-title" className="panel">
      <h2 id="issue-title">{t('issueTitle')}</h2>
      {state.status === 'issued' && state.issued ? <IssuedKey key={state.issued.keyId} issued={state.issued} /> : null}
      {state.status === 'refused' ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={alert}>
          {t(state.message ? `message.${state.message}` : 'message.invalid')}
        </div>
      ) : null}
      <form action={formAction} className="form" noValidate data-testid="issue-form">
        <div className="field">
          <label htmlFor="client-name">{t('name')}</label>
          <p id="client-name-hint" className="hint">
            {t('nameHint')}
          </p>
          <input
            id="client-name"
            name="name"
            maxLength={80}
            required
            defaultValue={state.status === 'refused' ? state.values?.name : ''}
            key={`name-${state.status}`}
            aria-invalid={invalid('name') || undefined}
            aria-describedby={invalid('name') ? 'client-name-hint client-name-error' : 'client-name-hint'}
          />
          {invalid('name') ? (
            <p className="field-error" id="client-name-error">
              {t('invalid.name')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="client-contact">{t('contact')}</label>
          <p id="client-contact-hint" className="hint">
            {t('contactHint')}
          </p>
          <input
            id="client-contact"
            name="contact"
            maxLength={200}
            required
            defaultValue={state.status === 'refused' ? state.values?.contact : ''}
            key={`contact-${state.status}`}
            aria-invalid={invalid('contact') || undefined}
            aria-describedby={invalid('contact') ? 'client-contact-hint client-contact-error' : 'client-contact-hint'}
          />
          {invalid('contact') ? (
            <p className="field-error" id="client-contact-error">
              {t('invalid.contact')}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t('issue')}
          </button>
        </div>
      </form>
    </section>
  );
}
