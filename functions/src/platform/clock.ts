/**
 * The one clock. Every piece of code that needs "now" (clock levels, sweeps, case numbers, drafts'
 * expiry, sessions, PDFs' dates) asks it, never `Date` directly, so tests and operators can set it.
 *
 * The system clock is the default. Tests set a fixed or offset clock with `setClock`; the embedded
 * local cloud exposes the same switch to its test harness (infra/local/clock-control.ts), so a test
 * can move the running cloud's "now" without touching the machine's.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  nowMs(): number;
}

export const systemClock: Clock = { nowMs: () => Date.now() };

let current: Clock = systemClock;

/** A clock stopped at `at`. */
export function fixedClock(at: string | number | Date): Clock {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${String(at)}`);
  return { nowMs: () => ms };
}

/** A clock that runs with the system clock, shifted so that it reads `at` now. */
export function clockStartingAt(at: string | number | Date): Clock {
  const offset = new Date(at).getTime() - Date.now();
  if (Number.isNaN(offset)) throw new RangeError(`not a time: ${String(at)}`);
  return { nowMs: () => Date.now() + offset };
}

export function setClock(clock: Clock): void {
  current = clock;
}

export function resetClock(): void {
  current = systemClock;
}

export function nowMs(): number {
  return current.nowMs();
}

export function now(): Date {
  return new Date(current.nowMs());
}

export function nowIso(): string {
  return now().toISOString();
}

/** Today's date (YYYY-MM-DD) in China Standard Time (UTC+8, no daylight saving). */
export function chinaDate(at: number = nowMs()): string {
  return new Date(at + 8 * 3600_000).toISOString().slice(0, 10);
}
