import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { api } from '@/lib/api';
import type { Health } from '@/lib/api-schemas';
import { hasAnyRole } from '@/lib/roles';
import { getSession } from '@/lib/session';
import { LookupForm } from './lookup-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('CaseLookup'))('title') };
}

const knownDependencies = ['dynamodb', 's3', 'stepfunctions'] as const;
type KnownDependency = (typeof knownDependencies)[number];
const isKnown = (name: string): name is KnownDependency => (knownDependencies as readonly string[]).includes(name);
const caseNumberPattern = /^YX-\d{8}-\d{6}$/;

/**
 * Where the QR code of every receipt and notice points (`/status?case=YX-…`): look a case up by its number
 * and the last six characters of the ID number. Below, for administrators only, whether the platform's
 * services run (internal figures are no business of an anonymous visitor).
 */
export default async function StatusPage({ searchParams }: { searchParams: Promise<{ case?: string | string[] }> }) {
  const [{ case: caseParam }, lookup, t] = await Promise.all([
    searchParams,
    getTranslations('CaseLookup'),
    getTranslations('Status'),
  ]);
  const caseNumber = typeof caseParam === 'string' && caseNumberPattern.test(caseParam) ? caseParam : '';
  const session = await getSession();
  const isAdmin = session ? hasAnyRole(session.roles, ['admin']) : false;
  let health: Health | undefined;
  if (isAdmin) {
    try {
      health = await api.health();
    } catch {
      health = undefined;
    }
  }
  return (
    <>
      <h1>{lookup('title')}</h1>
      <p>{lookup('intro')}</p>
      <LookupForm caseNumber={caseNumber} />

      {isAdmin ? (
        <section aria-labelledby="service-status">
          <h2 id="service-status">{t('title')}</h2>
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
                      <td>{dependency.status === 'up' ? t('up') : t('down')}</td>
                      <td>{t('latencyValue', { ms: Math.round(dependency.latencyMs) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
