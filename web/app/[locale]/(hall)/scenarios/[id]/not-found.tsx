import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';

export default async function ScenarioNotFound() {
  const t = await getTranslations('Scenarios');
  return (
    <NotFoundPanel
      title={t('notFoundTitle')}
      text={t('notFoundText')}
      links={[{ href: '/scenarios', label: t('allScenarios') }]}
    />
  );
}
