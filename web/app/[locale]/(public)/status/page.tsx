import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { api } from '@/lib/api';
import type { Health } from '@/lib/api-schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Status'))('title') };
}

const knownDependencies = ['dynamodb', 's3', 'stepfunctions'] as const;
type KnownDependency = (typeof knownDependencies)[number];
const isKnown = (name: string): name is KnownDependency => (knownDependencies as readonly string[]).includes(name);

export default async function StatusPage() {
  const t = await getTranslations('Status');
  let health: Health | undefined;
  try {
    health = await api.health();
  } catch {
    health = undefined;
  }
  return (
    <>
      <h1>{t('title')}</h1>
      {!health ? (
        <p className="notice notice-error">{t('unreachable')}</p>
      ) : (
        <>
          <p className={`notice ${health.status === 'ok' ? 'notice-success' : 'notice-warning'}`}>
            {health.status === 'ok' ? t('ok') : t('degraded')}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('dependency')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('latency')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(health.dependencies).map(([name, dependency]) => (
                <tr key={name}>
                  <th scope="row">{isKnown(name) ? t(name) : name}</th>
                  <td>{dependency.status === 'up' || dependency.status === 'ok' ? t('up') : t('down')}</td>
                  <td>
                    {dependency.latencyMs === undefined
                      ? '—'
                      : t('latencyValue', { ms: Math.round(dependency.latencyMs) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
