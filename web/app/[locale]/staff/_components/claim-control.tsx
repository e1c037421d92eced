'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { claimOrRelease, type ClaimState } from '../_lib/work-item-actions';
import styles from './staff.module.css';

/**
 * Who holds a work item, with a button to claim it (or release my claim). A conflict — a colleague took it,
 * or it was decided meanwhile — is said in words next to the button.
 */
export function ClaimControl({
  workItemId,
  caseNumber,
  claimedBy,
  me,
}: {
  workItemId: string;
  caseNumber: string;
  claimedBy?: string;
  me: string;
}) {
  const t = useTranslations('Inbox');
  const [state, action, pending] = useActionState<ClaimState, FormData>(claimOrRelease, { status: 'idle' });
  const mine = claimedBy === me;
  return (
    <div className={styles.claim}>
      <span data-testid="claimed-by">
        {claimedBy ? (mine ? t('claimedByMe') : t('claimedBy', { name: claimedBy })) : t('unclaimed')}
      </span>
      {!claimedBy || mine ? (
        <form action={action}>
          <input type="hidden" name="workItemId" value={workItemId} />
          <input type="hidden" name="intent" value={mine ? 'release' : 'claim'} />
          <button
            type="submit"
            className={`button button-secondary ${styles.small}`}
            disabled={pending}
            aria-label={t(mine ? 'releaseCase' : 'claimCase', { caseNumber })}
          >
            {t(mine ? 'release' : 'claim')}
          </button>
        </form>
      ) : null}
      {state.status === 'error' && state.message ? (
        <span role="alert" className="field-error">
          {t(`conflicts.${state.message}`)}
        </span>
      ) : null}
    </div>
  );
}
