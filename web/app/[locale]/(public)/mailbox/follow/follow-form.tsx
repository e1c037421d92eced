'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { LetterFeedback } from '@/components/letter-feedback';
import { LetterExchangeView } from '@/components/letter-exchange-view';
import { followLetter, rateFollowed, reopenFollowed, type FollowState } from './actions';

/** Query code and password in; the letter, its answers and the rating and reopening forms out. */
export function FollowForm() {
  const t = useTranslations('Mailbox');
  const [state, formAction, pending] = useActionState<FollowState, FormData>(followLetter, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'refused') outcome.current?.focus();
  }, [state]);
  return (
    <>
      <form action={formAction} className="form" noValidate>
        {state.status === 'refused' && state.message ? (
          <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
            {t(`message.${state.message}`)}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="queryCode">{t('queryCode')}</label>
          <input
            id="queryCode"
            name="queryCode"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('password')}</label>
          <input id="password" name="password" type="password" autoComplete="off" maxLength={64} required />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {t('follow')}
        </button>
      </form>
      {state.status === 'found' && state.letter && state.credentials ? (
        <section aria-labelledby="followed-title" data-testid="followed-letter" data-letter-id={state.letter.letterId}>
          <h2 id="followed-title">{t('letterTitle', { letterNumber: state.letter.letterNumber })}</h2>
          <LetterExchangeView letter={state.letter} />
          <LetterFeedback
            hidden={state.credentials}
            mayRate={state.letter.mayRate}
            {...(state.letter.reopenableUntil ? { reopenableUntil: state.letter.reopenableUntil } : {})}
            rateAction={rateFollowed}
            reopenAction={reopenFollowed}
          />
        </section>
      ) : null}
    </>
  );
}
