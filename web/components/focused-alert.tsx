'use client';

import { useEffect, useRef } from 'react';

/**
 * A form's refusal: an alert focused when it appears, and again after each refused submission (`state`, the
 * action's answer), so a screen reader announces it.
 */
export function FocusedAlert({ text, state }: { text: string | undefined; state: unknown }) {
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text) alert.current?.focus();
  }, [text, state]);
  if (!text) return null;
  return (
    <div className="notice notice-error" role="alert" tabIndex={-1} ref={alert}>
      {text}
    </div>
  );
}
