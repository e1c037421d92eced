'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { Link } from '@/i18n/navigation';
import { decideWorkItem, type DecisionState } from './actions';

/** Approve / reject with a comment. After a decision the form gives way to the result. */
export function DecisionForm({ workItemId, step }: { workItemId: string; step: string }) {
  const t = useTranslations('StaffCase');
  const errorsT = useTranslations('Errors');
  const [state, formAction, pending] = useActionState<DecisionState, FormData>(decideWorkItem, { status: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') resultRef.current?.focus();
  }, [state]);

  if (state.status === 'success' || state.status === 'conflict') {
    return (
      <div
        ref={resultRef}
        tabIndex={-1}
        role="status"
        className={`notice ${state.status === 'success' ? 'notice-success' : 'notice-warning'}`}
        data-testid="decision-result"
      >
        <p>
          {state.status === 'conflict'
            ? t('alreadyDecided')
            : state.outcome === 'rejected'
              ? t('rejected')
              : t('approved')}
        </p>
        <p>
          <Link href="/staff">{t('backToInbox')}</Link>
        </p>
      </div>
    );
  }

  const message = state.message;
  const commentError = message === 'commentRequired' || message === 'commentTooLong';
  return (
    <form action={formAction} className="form decision-form">
      <p>{t('step', { step })}</p>
      {message && !commentError ? (
        <div ref={resultRef} tabIndex={-1} role="alert" className="notice notice-error">
          {errorsT(message)}
        </div>
      ) : null}
      <input type="hidden" name="workItemId" value={workItemId} />
      <div className="field">
        <label htmlFor={`comment-${workItemId}`}>{t('commentLabel')}</label>
        <p id={`comment-hint-${workItemId}`} className="hint">
          {t('commentHint')}
        </p>
        {commentError ? (
          <p id={`comment-error-${workItemId}`} className="field-error" role="alert">
            {t(message)}
          </p>
        ) : null}
        <textarea
          id={`comment-${workItemId}`}
          name="comment"
          rows={4}
          maxLength={1000}
          defaultValue={state.comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={`comment-hint-${workItemId}${commentError ? ` comment-error-${workItemId}` : ''}`}
        />
      </div>
      <div className="actions">
        <button type="submit" name="outcome" value="approved" className="button" disabled={pending}>
          {t('approve')}
        </button>
        <button type="submit" name="outcome" value="rejected" className="button button-danger" disabled={pending}>
          {t('reject')}
        </button>
        {pending ? (
          <span role="status" className="muted">
            {t('sending')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
