import { useTranslations } from 'next-intl';
import type { CaseDetail } from '@/lib/api-schemas';
import { CaseTimeline } from './case-timeline';

/** A case's details, documents and timeline (shared by the citizen and staff views). */
export function CaseDetails({ item }: { item: CaseDetail }) {
  const t = useTranslations('CaseDetail');
  return (
    <>
      <section aria-labelledby="case-details">
        <h2 id="case-details">{t('details')}</h2>
        <p className="preserve-lines">{item.details}</p>
      </section>
      <section aria-labelledby="case-documents">
        <h2 id="case-documents">{t('documents')}</h2>
        {item.documents.length === 0 ? (
          <p>{t('noDocuments')}</p>
        ) : (
          <ul>
            {item.documents.map((document) => (
              <li key={document.documentId}>{document.fileName || document.documentId}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="case-timeline">
        <h2 id="case-timeline">{t('timeline')}</h2>
        <CaseTimeline entries={item.timeline} />
      </section>
    </>
  );
}
