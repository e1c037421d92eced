import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';

export default async function ServiceNotFound() {
  const [t, nav] = await Promise.all([getTranslations('Guide'), getTranslations('Nav')]);
  return (
    <NotFoundPanel
      title={t('notFoundTitle')}
      text={t('notFoundText')}
      links={[
        { href: '/services', label: t('backToHall') },
        { href: '/scenarios', label: nav('scenarios') },
      ]}
    />
  );
}
