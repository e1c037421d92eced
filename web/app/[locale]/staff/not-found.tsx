import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';

export default async function StaffNotFound() {
  const [t, staff] = await Promise.all([getTranslations('Errors'), getTranslations('StaffCase')]);
  return (
    <NotFoundPanel
      title={t('caseNotFoundTitle')}
      text={t('caseNotFoundText')}
      links={[{ href: '/staff', label: staff('backToInbox') }]}
    />
  );
}
