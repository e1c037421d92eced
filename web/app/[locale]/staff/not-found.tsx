import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function StaffNotFound() {
  const [t, staff] = await Promise.all([getTranslations('Errors'), getTranslations('StaffCase')]);
  return (
    <section className="panel">
      <h1>{t('caseNotFoundTitle')}</h1>
      <p>{t('caseNotFoundText')}</p>
      <p>
        <Link href="/staff">{staff('backToInbox')}</Link>
      </p>
    </section>
  );
}
