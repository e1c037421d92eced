import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';

export default async function NoticeNotFound() {
  const [t, nav] = await Promise.all([getTranslations('Notices'), getTranslations('Nav')]);
  return (
    <NotFoundPanel
      title={t('notFoundTitle')}
      text={t('notFoundText')}
      links={[
        { href: '/notices', label: nav('notices') },
        { href: '/search', label: t('searchHint') },
      ]}
    />
  );
}
