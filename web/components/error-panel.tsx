'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';

/** The body of every error boundary: a plain explanation and a retry button; details stay in the server log. */
export function ErrorPanel({ retry }: { retry: () => void }) {
  const t = useTranslations('Errors');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <p>{t('text')}</p>
      <button type="button" className="button" onClick={retry}>
        {t('retry')}
      </button>
    </section>
  );
}
