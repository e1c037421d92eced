import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { requireSession } from '@/lib/guards';
import { rolesOf } from '../../_lib/staff-roles';
import { createDocument } from '../actions';
import { ActionOutcome } from '../action-outcome';
import { DocumentFields } from '../document-fields';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('OfficialDocuments'))('newHeading') };
}

type SearchParams = Promise<{ error?: string; problems?: string }>;

/** Drafting an outgoing document (拟稿): saved as version 1 of a draft, for the drafter to submit. */
export default async function NewOfficialDocumentPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireSession('/staff/official-documents/new');
  const t = await getTranslations('OfficialDocuments');
  if (!session.roles.some((r) => rolesOf('official-documents.create').includes(r))) {
    return <NoAccess text={t('noDepartment')} />;
  }
  const query = await searchParams;
  return (
    <>
      <p>
        <Link href="/staff/official-documents">{t('back')}</Link>
      </p>
      <h1>{t('newHeading')}</h1>
      <ActionOutcome error={query.error} problems={query.problems} />
      <form action={createDocument} className="form" data-testid="new-document-form">
        <DocumentFields idPrefix="new" />
        <button type="submit" className="button">
          {t('saveDraft')}
        </button>
      </form>
    </>
  );
}
