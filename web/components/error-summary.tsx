'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type MouseEvent } from 'react';
import styles from './application-form.module.css';

export interface SummaryEntry {
  /** The id of the input the entry links to. */
  target: string;
  message: string;
}

/**
 * The problems of a form, above it: announced (role=alert), focused after each attempt to send the form
 * (`focusKey` changes), each linking to its input (which gets the focus, not only the scroll).
 */
export function ErrorSummary({ entries, focusKey }: { entries: readonly SummaryEntry[]; focusKey: number }) {
  const t = useTranslations('Apply');
  const box = useRef<HTMLDivElement>(null);
  const hasEntries = entries.length > 0;
  useEffect(() => {
    if (hasEntries) box.current?.focus();
    // Only a new attempt moves the focus, not every change of the list.
  }, [focusKey]);
  if (!hasEntries) return null;

  const focusTarget = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus();
    element.scrollIntoView({ block: 'center' });
  };

  return (
    <div
      className={`notice notice-error ${styles.summary}`}
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
    >
      <h2 id="error-summary-title">{t('summaryTitle', { count: entries.length })}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={`${entry.target}-${entry.message}`}>
            <a href={`#${entry.target}`} onClick={(event) => focusTarget(event, entry.target)}>
              {entry.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
