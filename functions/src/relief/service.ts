import { fileCase } from '../cases/submission.js';
import type { ReviewBranch } from '../cases/model.js';
import { AppError } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import { evaluateHousehold } from './eligibility.js';
import { factsOf, type Household } from './household.js';
import type { EligibilityView, ReliefApplicationInput } from './model.js';
import { reliefItemCode, reliefPrograms } from './programs.js';

/** Which programs the household may qualify for, each condition explained (evaluated here, never in the browser). */
export function eligibilityOf(h: Household): EligibilityView {
  return {
    facts: factsOf(h),
    programs: evaluateHousehold(h).map((p) => ({ ...p, conditions: [...p.conditions] })),
  };
}

/**
 * Files one relief case (综合救助): every chosen program must be one the household qualifies for (422
 * RELIEF_NOT_ELIGIBLE naming `programs.<i>` and the unmet conditions); the case is the relief item's, and its
 * parallel review has one branch per program, reviewed by the program's department.
 */
export async function applyForRelief(principal: Principal, input: ReliefApplicationInput) {
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
  // Branches in the catalog's order: civil affairs (the lead) first, each department's programs together.
  const branches: ReviewBranch[] = reliefPrograms
    .filter((p) => input.programs.includes(p.code))
    .map((p) => ({ department: p.department, program: p.code }));
  const { household, programs: _programs, ...application } = input;
  return fileCase(
    principal,
    { ...application, itemCode: reliefItemCode },
    { channel: 'online', owner: { sub: principal.sub, username: principal.username } },
    { branches, household },
  );
}
