/**
 * The kiosk's idle session (plan B3): after `kioskIdleSeconds` without a touch or a key the kiosk ends the
 * session and returns to its home; in the last `kioskWarningSeconds` it shows a countdown with a 继续 button.
 * Pure and zod-free: the browser's guard (app/[locale]/kiosk/_components/idle-guard.tsx) feeds it times.
 */

/** Seconds without a touch or a key after which the kiosk forgets the visitor. */
export const kioskIdleSeconds = 60;
/** The last seconds of the idle time, during which the countdown warning shows. */
export const kioskWarningSeconds = 10;

export type IdlePhase = { phase: 'active' } | { phase: 'warning'; secondsLeft: number } | { phase: 'expired' };

export interface IdleLimits {
  idleSeconds: number;
  warningSeconds: number;
}

const kioskLimits: IdleLimits = { idleSeconds: kioskIdleSeconds, warningSeconds: kioskWarningSeconds };

/**
 * Where a visitor stands after `idleMs` milliseconds without a touch: active, warned with the whole seconds
 * left (rounded up, so the countdown never shows 0 while the session still runs), or expired.
 */
export function idlePhase(idleMs: number, limits: IdleLimits = kioskLimits): IdlePhase {
  const leftMs = limits.idleSeconds * 1000 - Math.max(0, idleMs);
  if (leftMs <= 0) return { phase: 'expired' };
  if (leftMs <= limits.warningSeconds * 1000) return { phase: 'warning', secondsLeft: Math.ceil(leftMs / 1000) };
  return { phase: 'active' };
}

/**
 * The idle clock of one visit: `touch()` on every touch or key, `phase()` on every tick. `now` is a monotonic
 * millisecond clock (the browser's performance.now(), which a test's fake clock drives). A clock made with
 * `waitForTouch` (the kiosk's home as it first loads: nobody there yet, nothing to forget) stays active until
 * the first touch starts the visit, so an unattended home is not reloaded every minute.
 */
export class IdleClock {
  private lastTouch: number | undefined;

  constructor(
    private readonly now: () => number,
    options: { waitForTouch?: boolean } = {},
    private readonly limits: IdleLimits = kioskLimits,
  ) {
    this.lastTouch = options.waitForTouch ? undefined : now();
  }

  /** The visitor touched the screen or pressed a key: the idle time starts again. */
  touch(): void {
    this.lastTouch = this.now();
  }

  phase(): IdlePhase {
    return this.lastTouch === undefined ? { phase: 'active' } : idlePhase(this.now() - this.lastTouch, this.limits);
  }
}

/** The events that count as the visitor being there. */
export const presenceEvents = ['pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
