import type { FormAnswers } from '../forms/model.js';
import { accountMatchForResidentId, type AccountMatch } from '../identity/account-match.js';
import { AppError, forbidden } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import type { Filing } from './submission.js';

/** What a filing at a street station's counter is: the clerk, their street, and the account it joins (if any). */
export interface CounterFiling {
  filing: Filing;
  /** The account the form's ID number leads to, as the clerk was shown it. */
  accountMatch: AccountMatch;
  joinedAccount: boolean;
}

/**
 * The rules every counter filing follows (就近受理; ordinary items and 综合救助 alike): only a clerk of a street
 * station files. When an account carries the form's ID number, the clerk is shown which one (masked) and must
 * answer (`joinAccount`): the case joins an account only when its binding is real-name verified and the clerk
 * confirmed that very account; an unverified or ambiguous match is shown and never joined (issue 10 §2).
 * 409 ACCOUNT_CONFIRMATION_REQUIRED (details: the match) until the clerk answers, 409 ACCOUNT_MATCH_CHANGED
 * when the confirmed account is not (or no longer) the verified one.
 */
export async function counterFilingOf(
  principal: Principal,
  answers: FormAnswers,
  joinAccount: string | false | undefined,
): Promise<CounterFiling> {
  if (!principal.street) throw forbidden('Only a clerk of a street station files at the counter');
  const idNumber = typeof answers.idNumber === 'string' ? answers.idNumber : undefined;
  const { match, verifiedSub } = idNumber
    ? await accountMatchForResidentId(idNumber)
    : { match: { kind: 'none' } as AccountMatch, verifiedSub: undefined };
  if (match.kind !== 'none' && joinAccount === undefined) {
    throw new AppError(
      409,
      'ACCOUNT_CONFIRMATION_REQUIRED',
      'An account carries this ID number: confirm with the applicant whether the case joins it',
      { accountMatch: match },
    );
  }
  if (typeof joinAccount === 'string' && (match.kind !== 'verified' || match.account.ref !== joinAccount)) {
    throw new AppError(409, 'ACCOUNT_MATCH_CHANGED', 'The account confirmed is not the verified one', {
      accountMatch: match,
    });
  }
  const ownerSub = typeof joinAccount === 'string' ? verifiedSub : undefined;
  return {
    filing: { channel: 'counter', clerk: principal, ...(ownerSub ? { owner: { sub: ownerSub, username: '' } } : {}) },
    accountMatch: match,
    joinedAccount: ownerSub !== undefined,
  };
}
