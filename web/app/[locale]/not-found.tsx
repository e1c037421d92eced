import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';
import { PublicFrame } from '@/components/page-frame';

export default async function NotFound() {
  const t = await getTranslations('Errors');
  return (
    <PublicFrame>
      <NotFoundPanel
        title={t('notFoundTitle')}
        text={t('notFoundText')}
        links={[{ href: '/', label: t('backHome') }]}
      />
    </PublicFrame>
  );
}
