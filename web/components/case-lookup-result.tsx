'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { ReactNode, Ref } from 'react';
import type { CaseLookup } from '@/lib/api-schemas';
import { formatDay } from '@/lib/dates';
import { CaseProgress } from './case-progress';
import { StatusBadge } from './status-badge';

/**
 * What the public case lookup (办件查询) shows of a case: item, masked applicant, status, due date and progress.
 * Shared by /status and the kiosk's /kiosk/track; `children` go under the heading (the kiosk's print button).
 */
export function CaseLookupResult({
  result,
  ref,
  children,
}: {
  result: CaseLookup;
  ref?: Ref<HTMLElement>;
  children?: ReactNode;
}) {
  const t = useTranslations('CaseLookup');
  const locale = useLocale();
  const format = useFormatter();
  return (
    <section aria-labelledby="lookup-result" className="panel" tabIndex={-1} ref={ref} data-testid="lookup-result">
      <h2 id="lookup-result">{t('resultTitle', { caseNumber: result.caseNumber })}</h2>
      {children}
      <dl className="details">
        <dt>{t('item')}</dt>
        <dd>{locale === 'zh-CN' ? result.itemName.zh : result.itemName.en}</dd>
        <dt>{t('applicant')}</dt>
        <dd>{result.applicantMasked || '—'}</dd>
        <dt>{t('status')}</dt>
        <dd>
          <StatusBadge status={result.status} />
        </dd>
        {result.dueDate ? (
          <>
            <dt>{t('dueDate')}</dt>
            <dd>
              <time dateTime={result.dueDate}>{formatDay(format, result.dueDate)}</time>
            </dd>
          </>
        ) : null}
      </dl>
      <h3>{t('progress')}</h3>
      <CaseProgress entries={result.timeline} />
    </section>
  );
}
