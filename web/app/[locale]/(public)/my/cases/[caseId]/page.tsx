import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseDetails } from '@/components/case-details';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import type { CaseDetail } from '@/lib/api-schemas';
import { requireSession } from '@/lib/guards';

export default async function MyCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  await requireSession(`/my/cases/${encodeURIComponent(caseId)}`);
  const t = await getTranslations('CaseDetail');
  let item: CaseDetail;
  try {
    item = await api.getCase(caseId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403)) notFound();
    throw error;
  }
  return (
    <>
      <p>
        <Link href="/my/cases">{t('backToList')}</Link>
      </p>
      <h1>{t('title', { caseNumber: item.caseNumber })}</h1>
      <p className="case-heading">
        <span>{item.title}</span> <StatusBadge status={item.status} />
      </p>
      <CaseDetails item={item} />
    </>
  );
}
