'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { decideDataRequest, type DecideState } from '../actions';

/** The owner's head grants or refuses the request, with an opinion the requester reads (审核意见). */
export function DecideForm({ requestId, version }: { requestId: string; version: number }) {
  const t = useTranslations('DataRequests');
  const [state, formAction, pending] = useActionState<DecideState, FormData>(decideDataRequest, { status: 'idle' });
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'refused') alert.current?.focus();
  }, [state]);
  const invalid = state.message === 'opinionRequired';
  return (
    <form
      action={formAction}
      className="form panel"
      noValidate
      aria-labelledby="decide-title"
      data-testid="decide-form"
    >
      <h2 id="decide-title">{t('decideTitle')}</h2>
      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={alert}>
          {t(`decideMessage.${state.message}`)}
        </div>
      ) : null}
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="version" value={version} />
      <div className="field">
        <label htmlFor="opinion">{t('opinion')}</label>
        <p id="opinion-hint" className="hint">
          {t('opinionHint')}
        </p>
        <textarea
          id="opinion"
          name="opinion"
          rows={3}
          maxLength={1000}
          required
          key={`opinion-${state.status}`}
          defaultValue={state.opinion ?? ''}
          aria-invalid={invalid || undefined}
          aria-describedby="opinion-hint"
        />
      </div>
      <div className="actions">
        <button type="submit" name="decision" value="granted" className="button" disabled={pending}>
          {t('grant')}
        </button>
        <button type="submit" name="decision" value="refused" className="button button-secondary" disabled={pending}>
          {t('refuse')}
        </button>
      </div>
    </form>
  );
}
