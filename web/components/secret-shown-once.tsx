'use client';

import { useEffect, useId, useRef } from 'react';

/**
 * A secret just issued, shown this once (a system's client secret, a webhook's signing secret): focused when it
 * appears, in a read-only field that selects itself for copying, with a hint on what to do with it.
 */
export function SecretShownOnce({
  title,
  hint,
  label,
  value,
  testId,
}: {
  title: string;
  hint: string;
  label: string;
  value: string;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The same page may show two (issued, then rotated): each input gets its own id.
  const id = useId();
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="notice notice-success" role="status" tabIndex={-1} ref={box} data-testid={testId}>
      <p>
        <strong>{title}</strong>
      </p>
      <p id={`${id}-hint`}>{hint}</p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>{label}</label>
        <input
          id={`${id}-secret`}
          readOnly
          value={value}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
    </div>
  );
}
