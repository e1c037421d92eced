'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';

export interface FeedbackState {
  status: 'idle' | 'refused' | 'done';
  /** A Mailbox.message.* key. */
  message?: string;
}

type Action = (previous: FeedbackState, data: FormData) => Promise<FeedbackState>;

const scores = [5, 4, 3, 2, 1] as const;

function Outcome({ state }: { state: FeedbackState }) {
  const t = useTranslations('Mailbox');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') ref.current?.focus();
  }, [state]);
  if (state.status === 'idle' || !state.message) return null;
  return (
    <div
      className={state.status === 'done' ? 'notice' : 'notice notice-error'}
      role={state.status === 'done' ? 'status' : 'alert'}
      tabIndex={-1}
      ref={ref}
    >
      {t(`message.${state.message}` as 'message.generic')}
    </div>
  );
}

/**
 * Rating the latest answer (1–5 and a comment) and reopening within the window with a reason. `hidden`
 * carries what identifies the letter (its id, or an anonymous writer's code and password).
 */
export function LetterFeedback({
  hidden,
  mayRate,
  reopenableUntil,
  rateAction,
  reopenAction,
}: {
  hidden: Record<string, string>;
  mayRate: boolean;
  reopenableUntil?: string;
  rateAction: Action;
  reopenAction: Action;
}) {
  const t = useTranslations('Mailbox');
  const [rated, rate, rating] = useActionState(rateAction, { status: 'idle' });
  const [reopened, reopen, reopening] = useActionState(reopenAction, { status: 'idle' });
  const fields = Object.entries(hidden).map(([name, value]) => (
    <input key={name} type="hidden" name={name} value={value} />
  ));
  return (
    <>
      {mayRate && rated.status !== 'done' ? (
        <form action={rate} className="form" noValidate aria-labelledby="rate-title">
          <h2 id="rate-title">{t('rateTitle')}</h2>
          <Outcome state={rated} />
          {fields}
          <fieldset className="field question">
            <legend className="question-text">{t('satisfaction')}</legend>
            {scores.map((score) => (
              <div key={score} className="choice">
                <input type="radio" id={`satisfaction-${score}`} name="satisfaction" value={score} required />
                <label htmlFor={`satisfaction-${score}`}>{t(`scores.${score}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="rating-comment">{t('ratingComment')}</label>
            <textarea id="rating-comment" name="comment" rows={3} maxLength={500} />
          </div>
          <button type="submit" className="button" disabled={rating}>
            {t('rate')}
          </button>
        </form>
      ) : (
        <Outcome state={rated} />
      )}
      {reopenableUntil && reopened.status !== 'done' ? (
        <form action={reopen} className="form" noValidate aria-labelledby="reopen-title">
          <h2 id="reopen-title">{t('reopenTitle')}</h2>
          <p className="hint">{t('reopenHint', { until: reopenableUntil.slice(0, 10) })}</p>
          <Outcome state={reopened} />
          {fields}
          <div className="field">
            <label htmlFor="reopen-reason">{t('reopenReason')}</label>
            <textarea id="reopen-reason" name="reason" rows={3} maxLength={500} required />
          </div>
          <button type="submit" className="button button-secondary" disabled={reopening}>
            {t('reopen')}
          </button>
        </form>
      ) : (
        <Outcome state={reopened} />
      )}
    </>
  );
}
