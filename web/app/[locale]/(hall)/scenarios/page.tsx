import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale, termName } from '@/lib/catalog-terms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Scenarios'))('title') };
}

export default async function ScenariosPage() {
  const [t, locale, scenarios] = await Promise.all([getTranslations('Scenarios'), getLocale(), api.listScenarios()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {scenarios.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="card-grid" data-testid="scenario-list">
          {scenarios.map((scenario) => (
            <li key={scenario.id} className="card">
              <Link href={`/scenarios/${scenario.id}`} className="card-link">
                <span className="card-title">{inLocale(scenario.title, locale)}</span>
                <span className="card-text">{inLocale(scenario.intro, locale)}</span>
                <span className="muted">
                  {t('counts', { questions: scenario.questions, branches: scenario.branches })}
                </span>
                {scenario.lifeEvents.length > 0 ? (
                  <span className="muted">
                    {scenario.lifeEvents.map((e) => termName('lifeEvent', e, locale)).join(' · ')}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
