import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function ServiceNotFound() {
  const [t, nav] = await Promise.all([getTranslations('Guide'), getTranslations('Nav')]);
  return (
    <section className="panel">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <ul>
        <li>
          <Link href="/services">{t('backToHall')}</Link>
        </li>
        <li>
          <Link href="/scenarios">{nav('scenarios')}</Link>
        </li>
      </ul>
    </section>
  );
}
