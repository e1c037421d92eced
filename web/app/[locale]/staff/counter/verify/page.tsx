import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { rolesOf, verifierRoles } from '../../_lib/staff-roles';
import { StaffVerifier } from './staff-verifier';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffVerify'))('title') };
}

/** Staff check an e-certificate a citizen shows on a phone (证照核查); each check is audited as theirs. */
export default async function StaffVerifyPage() {
  const session = await requireSession('/staff/counter/verify');
  const t = await getTranslations('StaffVerify');
  if (!hasAnyRole(session.roles, verifierRoles)) return <NoAccess text={t('staffOnly')} />;
  return (
    <>
      <p>
        <Link href="/staff/counter">{t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <StaffVerifier canManage={hasAnyRole(session.roles, rolesOf('certificates.renew'))} />
    </>
  );
}
