'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { rateCase, type RatingState } from './actions';

const scores = [5, 4, 3, 2, 1] as const;

/** Rates a finished case once (好差评): 1–5 as native radios, and an optional comment. */
export function RatingForm({ caseId }: { caseId: string }) {
  const t = useTranslations('MyCase');
  const apply = useTranslations('Apply');
  const [state, formAction, pending] = useActionState<RatingState, FormData>(rateCase, { status: 'idle' });
  const message = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'refused') message.current?.focus();
  }, [state]);

  const text =
    state.message === 'scoreRequired' || state.message === 'alreadyRated' || state.message === 'notFinished'
      ? t(`rating-${state.message}`)
      : state.message
        ? apply(`message.${state.message}`)
        : undefined;
  return (
    <form action={formAction} className="form" noValidate>
      {text ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={message}>
          {text}
        </div>
      ) : null}
      <input type="hidden" name="caseId" value={caseId} />
      <fieldset
        className="field question"
        aria-describedby={state.message === 'scoreRequired' ? 'score-error' : undefined}
      >
        <legend className="question-text">{t('ratingScore')}</legend>
        {state.message === 'scoreRequired' ? (
          <p id="score-error" className="field-error">
            {t('rating-scoreRequired')}
          </p>
        ) : null}
        {scores.map((score) => (
          <div key={score} className="choice">
            <input type="radio" id={`score-${score}`} name="score" value={score} required />
            <label htmlFor={`score-${score}`}>{t(`score-${score}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="rating-comment">{t('ratingComment')}</label>
        <p id="rating-comment-hint" className="hint">
          {t('ratingCommentHint')}
        </p>
        <textarea
          id="rating-comment"
          name="comment"
          rows={3}
          maxLength={500}
          defaultValue={state.comment}
          aria-describedby="rating-comment-hint"
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t('rate')}
      </button>
    </form>
  );
}
