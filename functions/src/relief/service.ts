import { counterFilingOf } from '../cases/counter-filing.js';
import { fileCase, type ReliefFiling } from '../cases/submission.js';
import type { ReviewBranch } from '../cases/model.js';
import { AppError } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import { evaluateHousehold } from './eligibility.js';
import { factsOf, type Household } from './household.js';
import type { CounterReliefInput, EligibilityView, ReliefApplicationInput } from './model.js';
import { reliefItemCode, reliefPrograms } from './programs.js';

/** Which programs the household may qualify for, each condition explained (evaluated here, never in the browser). */
export function eligibilityOf(h: Household): EligibilityView {
  return {
    facts: factsOf(h),
    programs: evaluateHousehold(h).map((p) => ({ ...p, conditions: [...p.conditions] })),
  };
}

/**
 * The review of a relief application: every chosen program must be one the household qualifies for (422
 * RELIEF_NOT_ELIGIBLE naming `programs.<i>` and the unmet conditions); one branch per program, reviewed by
 * the program's department, in the catalog's order (civil affairs, the lead, first; each department's
 * programs together).
 */
function reliefFilingOf(input: Pick<ReliefApplicationInput, 'household' | 'programs'>): ReliefFiling {
  const results = new Map(evaluateHousehold(input.household).map((r) => [r.code, r]));
  input.programs.forEach((code, index) => {
    const result = results.get(code)!;
    if (!result.eligible) {
      const unmet = result.conditions.filter((c) => !c.met).map((c) => c.text.en);
      throw new AppError(422, 'RELIEF_NOT_ELIGIBLE', `programs.${index}: ${code} — ${unmet.join('; ')}`, {
        field: `programs.${index}`,
        unmet,
      });
    }
  });
  const branches: ReviewBranch[] = reliefPrograms
    .filter((p) => input.programs.includes(p.code))
    .map((p) => ({ department: p.department, program: p.code }));
  return { branches, household: input.household };
}

/** Files one relief case (综合救助) online: the case is the relief item's, reviewed in parallel per program. */
export async function applyForRelief(principal: Principal, input: ReliefApplicationInput) {
  const relief = reliefFilingOf(input);
  const { household: _household, programs: _programs, ...application } = input;
  return fileCase(
    principal,
    { ...application, itemCode: reliefItemCode },
    { channel: 'online', owner: { sub: principal.sub, username: principal.username } },
    relief,
  );
}

/**
 * A street clerk takes a relief application at the station's one window for a resident who came in person:
 * the same eligibility check and one branch per program as online, filed as any counter filing is (accepted
 * on the spot, the clerk's street, joined to an account only as the clerk confirmed it; counter-filing.ts).
 */
export async function fileReliefAtCounter(principal: Principal, input: CounterReliefInput) {
  const relief = reliefFilingOf(input);
  const { household: _household, programs: _programs, identityChecked: _checked, joinAccount, ...application } = input;
  const counter = await counterFilingOf(principal, application.answers, joinAccount);
  const filed = await fileCase(principal, { ...application, itemCode: reliefItemCode }, counter.filing, relief);
  return { ...filed, accountMatch: counter.accountMatch, joinedAccount: counter.joinedAccount };
}
