import { getTranslations } from 'next-intl/server';
import { PublicFrame } from '@/components/page-frame';
import { Link } from '@/i18n/navigation';

export default async function NotFound() {
  const t = await getTranslations('Errors');
  return (
    <PublicFrame>
      <section className="panel">
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundText')}</p>
        <p>
          <Link href="/">{t('backHome')}</Link>
        </p>
      </section>
    </PublicFrame>
  );
}
