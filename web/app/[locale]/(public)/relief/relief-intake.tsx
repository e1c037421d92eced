'use client';

import type { ComponentProps } from 'react';
import { ApplyForm } from '@/app/[locale]/(hall)/services/[code]/apply/apply-form';
import { ReliefSteps, type HouseholdOptions } from '@/components/relief/relief-steps';

interface Props {
  options: HouseholdOptions;
  /** The applicant's own name, from the registry or profile, for the first member. */
  selfName: string;
  /** Department names by code, in the page's language. */
  departmentNames: Record<string, string>;
  /** The relief item's application form (shared materials, pickup), shown once programs are chosen. */
  apply: Omit<ComponentProps<typeof ApplyForm>, 'relief'>;
}

/** /relief: the household and programs (ReliefSteps), then the citizen's online form for the chosen programs. */
export function ReliefIntake({ apply, ...steps }: Props) {
  return <ReliefSteps {...steps}>{(relief) => <ApplyForm {...apply} relief={relief} />}</ReliefSteps>;
}
