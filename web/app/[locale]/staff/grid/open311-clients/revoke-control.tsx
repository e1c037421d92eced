'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { revokeOpen311Client, type RevokeState } from './actions';

/**
 * Revokes one client's key, after a confirmation: the first button asks, the second (or cancel) answers. Focus
 * moves to the question and back.
 */
export function RevokeControl({ keyId, name }: { keyId: string; name: string }) {
  const t = useTranslations('Open311Clients');
  const [asking, setAsking] = useState(false);
  const [state, formAction, pending] = useActionState<RevokeState, FormData>(revokeOpen311Client, { status: 'idle' });
  const question = useRef<HTMLParagraphElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asking) question.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <>
        <button
          type="button"
          className="button button-secondary"
          ref={opener}
          onClick={() => setAsking(true)}
          aria-label={t('revokeLabel', { name })}
        >
          {t('revoke')}
        </button>
        {state.status === 'refused' ? (
          <p className="field-error" role="alert">
            {t(`message.${state.message ?? 'generic'}`)}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <form
      action={(data) => {
        setAsking(false);
        formAction(data);
      }}
      data-testid={`revoke-${keyId}`}
    >
      <input type="hidden" name="keyId" value={keyId} />
      <p tabIndex={-1} ref={question}>
        {t('confirm', { name })}
      </p>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t('confirmRevoke')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
