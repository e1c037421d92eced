import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { randomUUID } from 'node:crypto';
import { NoAccess } from '@/components/no-access';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, publicRoles } from '@/lib/roles';
import { ApplicationForm } from './application-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Apply'))('title') };
}

export default async function ApplyPage() {
  const session = await requireSession('/apply');
  const t = await getTranslations('Apply');
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess text={t('citizensOnly')} />;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {/* A fresh token per rendered form: resubmitting the same form cannot create a second case. */}
      <ApplicationForm submissionToken={randomUUID()} />
    </>
  );
}
