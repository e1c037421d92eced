import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function ScenarioNotFound() {
  const t = await getTranslations('Scenarios');
  return (
    <section className="panel">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <Link href="/scenarios">{t('allScenarios')}</Link>
      </p>
    </section>
  );
}
