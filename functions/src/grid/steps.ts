import type { GridEventStatus } from './model.js';

/**
 * The human step an event waits for in each state, the one map both the inbox (service.ts opens the step's work
 * item) and the event's workflow (workflows/grid-event.ts waits on the step's task) read: the dispatcher registers
 * and dispatches (立案, 派遣), the department handles (处置), the street's inspector verifies (核查). A state without
 * a step ends the event (结案). Which action may follow which state stays in rules.ts.
 */
export const gridStepOf = {
  reported: 'dispatch',
  registered: 'dispatch',
  dispatched: 'handle',
  handled: 'verify',
  verified: undefined,
  closed: undefined,
} as const satisfies Record<GridEventStatus, GridStep | undefined>;

export type GridStep = 'dispatch' | 'handle' | 'verify';
