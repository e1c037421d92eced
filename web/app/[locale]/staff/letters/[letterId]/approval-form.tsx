'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { decideDraft, type ApprovalState } from './approval-actions';

/** The head's review of an officer's draft answer: approve it as written, or return it with a reason. */
export function ApprovalForm({ letterId, draft }: { letterId: string; draft: { text: string; by: string } }) {
  const t = useTranslations('StaffLetter.approval');
  const [state, formAction, pending] = useActionState<ApprovalState, FormData>(decideDraft, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  if (state.status === 'approved' || state.status === 'returned') {
    return (
      <div className="notice" role="status" tabIndex={-1} ref={outcome} data-testid="approval-done">
        {t(state.status)}
      </div>
    );
  }
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="approval-title">
      <h2 id="approval-title">{t('title')}</h2>
      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {t(`message.${state.message}`)}
        </div>
      ) : null}
      <p className="muted">{t('draftBy', { by: draft.by })}</p>
      <p className="prewrap panel" data-testid="letter-draft">
        {draft.text}
      </p>
      <input type="hidden" name="letterId" value={letterId} />
      <div className="field">
        <label htmlFor="approval-reason">{t('reason')}</label>
        <p id="approval-reason-hint" className="hint">
          {t('reasonHint')}
        </p>
        <textarea
          id="approval-reason"
          name="reason"
          rows={3}
          maxLength={500}
          defaultValue={state.reason}
          aria-describedby="approval-reason-hint"
        />
      </div>
      <div className="actions">
        <button type="submit" name="decision" value="approve" className="button" disabled={pending}>
          {t('approve')}
        </button>
        <button type="submit" name="decision" value="return" className="button-secondary" disabled={pending}>
          {t('return')}
        </button>
      </div>
    </form>
  );
}
