'use client';

import type { ComponentProps } from 'react';
import { ReliefSteps } from '@/components/relief/relief-steps';
import { CounterForm } from '../[code]/counter-form';

interface Props {
  /** The household and programs steps, as /relief shows them. */
  steps: Omit<ComponentProps<typeof ReliefSteps>, 'children'>;
  /** The counter's form of the relief item (applicant, scanned materials, ID check, pickup). */
  form: Omit<ComponentProps<typeof CounterForm>, 'relief'>;
}

/** 综合救助 at the street window: the household and programs (ReliefSteps), then the counter's form for them. */
export function CounterRelief({ steps, form }: Props) {
  return <ReliefSteps {...steps}>{(relief) => <CounterForm {...form} relief={relief} />}</ReliefSteps>;
}
