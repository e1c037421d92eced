import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function CaseNotFound() {
  const [t, back] = await Promise.all([getTranslations('Errors'), getTranslations('CaseDetail')]);
  return (
    <section className="panel">
      <h1>{t('caseNotFoundTitle')}</h1>
      <p>{t('caseNotFoundText')}</p>
      <p>
        <Link href="/my/cases">{back('backToList')}</Link>
      </p>
    </section>
  );
}
