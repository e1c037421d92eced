import { describe, expect, it } from 'vitest';
import { IdleClock, idlePhase, kioskIdleSeconds, kioskWarningSeconds } from '../../../../web/lib/kiosk/idle-timer.js';

describe('the kiosk idle phase', () => {
  it('ends a visit after 60 seconds and warns in the last 10', () => {
    expect(kioskIdleSeconds).toBe(60);
    expect(kioskWarningSeconds).toBe(10);
  });

  it('is active until the warning starts', () => {
    expect(idlePhase(0)).toEqual({ phase: 'active' });
    expect(idlePhase(49_999)).toEqual({ phase: 'active' });
  });

  it('counts the whole seconds left down from 10 during the warning, never showing 0', () => {
    expect(idlePhase(50_000)).toEqual({ phase: 'warning', secondsLeft: 10 });
    expect(idlePhase(50_001)).toEqual({ phase: 'warning', secondsLeft: 10 });
    expect(idlePhase(55_500)).toEqual({ phase: 'warning', secondsLeft: 5 });
    expect(idlePhase(59_999)).toEqual({ phase: 'warning', secondsLeft: 1 });
  });

  it('expires at 60 seconds and stays expired', () => {
    expect(idlePhase(60_000)).toEqual({ phase: 'expired' });
    expect(idlePhase(3_600_000)).toEqual({ phase: 'expired' });
  });

  it('treats a clock that went backwards as no idle time', () => {
    expect(idlePhase(-5_000)).toEqual({ phase: 'active' });
  });

  it('takes other limits', () => {
    expect(idlePhase(4_000, { idleSeconds: 5, warningSeconds: 2 })).toEqual({ phase: 'warning', secondsLeft: 1 });
  });
});

describe('the idle clock of a visit', () => {
  it('starts again at every touch', () => {
    let now = 1_000;
    const clock = new IdleClock(() => now);
    now += 55_000;
    expect(clock.phase()).toEqual({ phase: 'warning', secondsLeft: 5 });
    clock.touch();
    expect(clock.phase()).toEqual({ phase: 'active' });
    now += 59_000;
    expect(clock.phase()).toEqual({ phase: 'warning', secondsLeft: 1 });
    now += 1_000;
    expect(clock.phase()).toEqual({ phase: 'expired' });
  });

  it('waits for the first touch when asked, so an unattended home is never idle', () => {
    let now = 0;
    const clock = new IdleClock(() => now, { waitForTouch: true });
    now += 3_600_000;
    expect(clock.phase()).toEqual({ phase: 'active' });
    clock.touch();
    now += 60_000;
    expect(clock.phase()).toEqual({ phase: 'expired' });
  });
});
