'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { answerLetter, type AnswerState } from './actions';

/** The department's answer to a letter (at least 10 characters; the writer reads it as written). */
export function AnswerForm({ letterId, mayDraft = false }: { letterId: string; mayDraft?: boolean }) {
  const t = useTranslations('StaffLetter');
  const [state, formAction, pending] = useActionState<AnswerState, FormData>(answerLetter, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  if (state.status === 'done') {
    return (
      <div className="notice" role="status" tabIndex={-1} ref={outcome} data-testid="answer-sent">
        {t(`message.${state.message ?? 'answered'}`)}
      </div>
    );
  }
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="answer-title">
      <h2 id="answer-title">{t('answerTitle')}</h2>
      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {t(`message.${state.message}`)}
        </div>
      ) : null}
      <input type="hidden" name="letterId" value={letterId} />
      <div className="field">
        <label htmlFor="answer">{t('answer')}</label>
        <p id="answer-hint" className="hint">
          {t('answerHint')}
        </p>
        <textarea
          id="answer"
          name="answer"
          rows={8}
          maxLength={5000}
          defaultValue={state.answer}
          aria-describedby="answer-hint"
          required
        />
      </div>
      {mayDraft ? (
        <div className="field choice">
          <input id="forApproval" name="forApproval" type="checkbox" value="yes" />
          <label htmlFor="forApproval">{t('forApproval')}</label>
        </div>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {t('send')}
      </button>
    </form>
  );
}
