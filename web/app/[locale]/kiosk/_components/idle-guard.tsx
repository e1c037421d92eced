'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { usePathname } from '@/i18n/navigation';
import { kioskHome } from '@/lib/kiosk/area';
import { IdleClock, presenceEvents, type IdlePhase } from '@/lib/kiosk/idle-timer';
import { endKioskVisit } from './end-visit';

/**
 * Watches for touches and keys on every kiosk page. After kioskIdleSeconds without one the visit ends (see
 * end-visit.ts); in the last seconds a warning counts down and offers to continue. Any touch continues too
 * (the warning then goes at the next tick).
 */
export function IdleGuard() {
  const t = useTranslations('Kiosk');
  const [phase, setPhase] = useState<IdlePhase>({ phase: 'active' });
  const clock = useRef<IdleClock | null>(null);
  const continueButton = useRef<HTMLButtonElement>(null);
  const ending = useRef(false);
  // The page this kiosk first loaded (the guard stays mounted through client navigations): its home, as an
  // ended visit leaves it, waits for a touch; any other page is a visit under way.
  const pathname = usePathname();
  const loadedAtHome = useRef(pathname === kioskHome);

  useEffect(() => {
    const idle = new IdleClock(() => performance.now(), { waitForTouch: loadedAtHome.current });
    clock.current = idle;
    // A touch restarts the clock; the next tick (within a second) takes the warning down. Taking it down at
    // once would pull the 继续 button away between the finger's pointerdown and its click.
    const touched = () => {
      if (!ending.current) idle.touch();
    };
    for (const event of presenceEvents) window.addEventListener(event, touched, { capture: true, passive: true });
    const tick = window.setInterval(() => {
      if (ending.current) return;
      const now = idle.phase();
      setPhase(now);
      if (now.phase === 'expired') {
        ending.current = true;
        void endKioskVisit();
      }
    }, 1000);
    // Says the page is watched (the browser tests wait for it before they let the minute run).
    document.documentElement.dataset.kioskIdle = 'armed';
    return () => {
      delete document.documentElement.dataset.kioskIdle;
      window.clearInterval(tick);
      for (const event of presenceEvents) window.removeEventListener(event, touched, { capture: true });
    };
  }, []);

  const warning = phase.phase === 'warning';
  useEffect(() => {
    if (warning) continueButton.current?.focus();
  }, [warning]);

  if (phase.phase === 'active') return null;
  return (
    <div className="kiosk-idle-backdrop no-print">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-idle-title"
        aria-describedby="kiosk-idle-text"
        className="kiosk-idle-dialog"
        data-testid="kiosk-idle-warning"
      >
        <h2 id="kiosk-idle-title">{t('idleTitle')}</h2>
        <p id="kiosk-idle-text">
          {phase.phase === 'warning' ? t('idleCountdown', { seconds: phase.secondsLeft }) : t('idleEnding')}
        </p>
        {phase.phase === 'warning' ? (
          <button
            ref={continueButton}
            type="button"
            className="button kiosk-button"
            onClick={() => {
              clock.current?.touch();
              setPhase({ phase: 'active' });
            }}
          >
            {t('idleContinue')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
