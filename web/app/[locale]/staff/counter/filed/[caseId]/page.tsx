import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { JointReviewProgress } from '@/components/joint-review-progress';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import styles from '../../../_components/staff.module.css';

type Props = { params: Promise<{ caseId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Counter'))('filedTitle') };
}

/**
 * After a counter filing: the case number and the acceptance receipt to print for the citizen; for 综合救助,
 * each program with its department and outcome (the reasons meant for the applicant), to tell the resident.
 */
export default async function CounterFiledPage({ params }: Props) {
  const { caseId } = await params;
  await requireSession(`/staff/counter/filed/${encodeURIComponent(caseId)}`);
  const [t, locale] = await Promise.all([getTranslations('Counter'), getLocale()]);
  let item;
  try {
    item = await api.getStaffCase(caseId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403)) notFound();
    throw error;
  }
  const receipt = `/case-papers/${encodeURIComponent(item.caseId)}/receipt.pdf`;
  return (
    <>
      <h1>{t('filedTitle')}</h1>
      <div className={`${styles.receipt} notice-success`} role="status" data-testid="counter-result">
        <p>{t('filedText', { name: inLocale(item.itemName, locale) })}</p>
        <p className="case-number" data-testid="case-number">
          {item.caseNumber}
        </p>
        <p>
          <StatusBadge status={item.status} /> {item.clock.dueDate ? t('dueBy', { date: item.clock.dueDate }) : null}
        </p>
        <p className="actions">
          <a href={receipt} target="_blank" rel="noopener" className="button" data-testid="receipt-link">
            {t('receipt')}
          </a>
          <Link href={`/staff/cases/${encodeURIComponent(item.caseId)}`} className="button button-secondary">
            {t('viewCase')}
          </Link>
          <Link href="/staff/counter" className="button button-secondary">
            {t('another')}
          </Link>
        </p>
        <p className="hint">{t('receiptHint')}</p>
      </div>
      {item.jointReview ? (
        <section aria-labelledby="counter-programs-heading" data-testid="counter-programs">
          <h2 id="counter-programs-heading">{t('programsHeading')}</h2>
          <JointReviewProgress progress={item.jointReview} />
        </section>
      ) : null}
    </>
  );
}
