'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { Link } from '@/i18n/navigation';
import type { Step } from '@/lib/api-schemas';

type StaffKey = Parameters<ReturnType<typeof useTranslations<'Staff'>>>[0];

/** What the user just decided, above the case as it now stands; it takes the focus so it is heard. */
export function DecisionNotice({ step, outcome }: { step: Step; outcome: string }) {
  const t = useTranslations('StaffCase');
  const staff = useTranslations('Staff');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} role="status" className="notice notice-success" data-testid="decision-result">
      <p>{t('decided', { outcome: staff(`outcomes.${step}.${outcome}` as StaffKey) })}</p>
      <p>
        <Link href="/staff">{t('backToInbox')}</Link>
      </p>
    </div>
  );
}
