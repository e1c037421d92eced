'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';
import type { Step } from '@/lib/api-schemas';
import { stepOutcomes } from '../../../../../../functions/src/workitems/outcomes';
import styles from '../../_components/staff.module.css';
import { decideWorkItem, type DecisionState } from './actions';
import { outcomesNeedingComment } from './outcomes';

const formErrors: readonly DecisionState['message'][] = ['outcomeRequired', 'commentRequired', 'commentTooLong'];
type StaffKey = Parameters<ReturnType<typeof useTranslations<'Staff'>>>[0];

/**
 * The decision on one work item: the step's outcomes as radio buttons and a comment, required for a
 * correction or a refusal. The decision brings the case page back with what was decided (see
 * DecisionNotice); a conflict that ends the item replaces the form, a colleague's claim leaves it in place.
 */
export function DecisionForm({ workItemId, caseId, step }: { workItemId: string; caseId: string; step: Step }) {
  const t = useTranslations('StaffCase');
  const staff = useTranslations('Staff');
  const [state, formAction, pending] = useActionState<DecisionState, FormData>(decideWorkItem, { status: 'idle' });
  const [outcome, setOutcome] = useState<string>('');
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') resultRef.current?.focus();
  }, [state]);

  const ended = state.status === 'conflict' && state.conflict !== 'claimedByOther';
  const outcomeLabel = (outcome: string) => staff(`outcomes.${step}.${outcome}` as StaffKey);
  if (ended) {
    return (
      <div ref={resultRef} tabIndex={-1} role="status" className="notice notice-warning" data-testid="decision-result">
        <p>{t(`conflicts.${state.conflict ?? 'alreadyDecided'}`)}</p>
        <p>
          <Link href="/staff">{t('backToInbox')}</Link>
        </p>
      </div>
    );
  }

  const id = (name: string) => `${name}-${workItemId}`;
  const message = state.message;
  const commentError = message === 'commentRequired' || message === 'commentTooLong';
  const outcomeError = message === 'outcomeRequired';
  const needsComment = outcomesNeedingComment.includes(outcome);
  return (
    <form action={formAction} className="form decision-form" noValidate>
      {state.conflict || (message && !formErrors.includes(message)) ? (
        <div ref={resultRef} tabIndex={-1} role="alert" className="notice notice-error" data-testid="decision-error">
          {state.conflict
            ? t(`conflicts.${state.conflict}`)
            : t(`errors.${message as 'generic' | 'forbidden' | 'signedOut'}`)}
        </div>
      ) : null}
      <input type="hidden" name="workItemId" value={workItemId} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="step" value={step} />
      <fieldset className={styles.outcomes} aria-describedby={outcomeError ? id('outcome-error') : undefined}>
        <legend>{t('outcomeLegend', { step: staff(`steps.${step}`) })}</legend>
        {outcomeError ? (
          <p id={id('outcome-error')} className="field-error" role="alert">
            {t('outcomeRequired')}
          </p>
        ) : null}
        {stepOutcomes[step].map((value) => (
          <div key={value} className={styles.outcome}>
            <input
              type="radio"
              id={id(`outcome-${value}`)}
              name="outcome"
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
              required
            />
            <label htmlFor={id(`outcome-${value}`)}>{outcomeLabel(value)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={id('comment')}>
          {t('commentLabel')}
          {needsComment ? ` ${t('required')}` : ''}
        </label>
        <p id={id('comment-hint')} className="hint">
          {t('commentHint')}
        </p>
        {commentError ? (
          <p id={id('comment-error')} className="field-error" role="alert">
            {t(message)}
          </p>
        ) : null}
        <textarea
          id={id('comment')}
          name="comment"
          rows={4}
          maxLength={1000}
          defaultValue={state.comment}
          required={needsComment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={`${id('comment-hint')}${commentError ? ` ${id('comment-error')}` : ''}`}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t('submitDecision')}
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
