import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CaseDetails } from '@/components/case-details';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import type { CaseDetail, WorkItem } from '@/lib/api-schemas';
import { requireSession } from '@/lib/guards';
import { deciderRoles, hasAnyRole } from '@/lib/roles';
import { DecisionForm } from './decision-form';

export default async function StaffCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const session = await requireSession(`/staff/cases/${encodeURIComponent(caseId)}`);
  const t = await getTranslations('StaffCase');
  const decides = hasAnyRole(session.roles, deciderRoles);
  const [item, openItems] = await loadCase(caseId, decides);
  return (
    <>
      <p>
        <Link href="/staff">{t('backToInbox')}</Link>
      </p>
      <h1>{t('title', { caseNumber: item.caseNumber })}</h1>
      <p className="case-heading">
        <span>{item.title}</span> <span className="muted">{t('status')}</span> <StatusBadge status={item.status} />
      </p>
      <section aria-labelledby="decision-heading" className="panel">
        <h2 id="decision-heading">{t('decisionHeading')}</h2>
        {openItems.length === 0 ? (
          <p>{t('noOpenItem')}</p>
        ) : (
          openItems.map((workItem) => (
            <DecisionForm key={workItem.workItemId} workItemId={workItem.workItemId} step={workItem.step} />
          ))
        )}
      </section>
      <CaseDetails item={item} />
    </>
  );
}

/** The case and the caller's open work items on it; a case the caller may not see is not found. */
async function loadCase(caseId: string, decides: boolean): Promise<[CaseDetail, WorkItem[]]> {
  try {
    return await Promise.all([
      api.getCase(caseId),
      decides ? api.listWorkItems().then((items) => items.filter((w) => w.caseId === caseId)) : Promise.resolve([]),
    ]);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403)) notFound();
    throw error;
  }
}
