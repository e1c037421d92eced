import { nowMs } from '../../../functions/src/platform/clock.js';

/**
 * Cognito's lockout of a user after repeated failed sign-ins (wrong password or wrong MFA code): after
 * five consecutive failures the user is locked out for one second, and each failure after a lockout
 * doubles it, up to 15 minutes. Attempts while locked out are refused without being checked or counted;
 * 15 minutes without a failure, or a successful sign-in, starts the count again. Time is the one clock's.
 */
export const lockoutPolicy = {
  freeFailures: 5,
  firstLockoutSeconds: 1,
  maxLockoutSeconds: 900,
  resetAfterSeconds: 900,
} as const;

interface FailureState {
  failures: number;
  lastFailureMs: number;
  lockedUntilMs: number;
}

export function createLockout() {
  const states = new Map<string, FailureState>();

  const current = (username: string): FailureState | undefined => {
    const state = states.get(username);
    if (state && nowMs() - state.lastFailureMs >= lockoutPolicy.resetAfterSeconds * 1000) {
      states.delete(username);
      return undefined;
    }
    return state;
  };

  return {
    /** Seconds the user stays locked out (rounded up), or 0 when they may try. */
    lockedForSeconds(username: string): number {
      const remaining = (current(username)?.lockedUntilMs ?? 0) - nowMs();
      return remaining > 0 ? Math.ceil(remaining / 1000) : 0;
    },
    failed(username: string): void {
      const state = current(username) ?? { failures: 0, lastFailureMs: 0, lockedUntilMs: 0 };
      const now = nowMs();
      state.failures += 1;
      state.lastFailureMs = now;
      const over = state.failures - lockoutPolicy.freeFailures;
      if (over >= 0) {
        const seconds = Math.min(lockoutPolicy.firstLockoutSeconds * 2 ** over, lockoutPolicy.maxLockoutSeconds);
        state.lockedUntilMs = now + seconds * 1000;
      }
      states.set(username, state);
    },
    succeeded(username: string): void {
      states.delete(username);
    },
  };
}

export type Lockout = ReturnType<typeof createLockout>;
