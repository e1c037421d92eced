import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function NoticeNotFound() {
  const [t, nav] = await Promise.all([getTranslations('Notices'), getTranslations('Nav')]);
  return (
    <section className="panel">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <ul>
        <li>
          <Link href="/notices">{nav('notices')}</Link>
        </li>
        <li>
          <Link href="/search">{t('searchHint')}</Link>
        </li>
      </ul>
    </section>
  );
}
