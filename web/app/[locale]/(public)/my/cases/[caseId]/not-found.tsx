import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';

export default async function CaseNotFound() {
  const [t, back] = await Promise.all([getTranslations('Errors'), getTranslations('CaseDetail')]);
  return (
    <NotFoundPanel
      title={t('caseNotFoundTitle')}
      text={t('caseNotFoundText')}
      links={[{ href: '/my/cases', label: back('backToList') }]}
    />
  );
}
