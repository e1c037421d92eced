import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, publicRoles } from '@/lib/roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MyCases'))('title') };
}

export default async function MyCasesPage() {
  const session = await requireSession('/my/cases');
  const [t, locale] = await Promise.all([getTranslations('MyCases'), getLocale()]);
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess />;
  const cases = await api.listMyCaseSummaries();
  return (
    <>
      <h1>{t('title')}</h1>
      {cases.length === 0 ? (
        <p>
          {t('empty')} <Link href="/services">{t('applyLink')}</Link>
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="my-cases">
            <thead>
              <tr>
                <th scope="col">{t('caseNumber')}</th>
                <th scope="col">{t('caseTitle')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('submittedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('view')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => (
                <tr key={item.caseId} data-case-number={item.caseNumber}>
                  <th scope="row">{item.caseNumber}</th>
                  <td>{inLocale(item.itemName, locale)}</td>
                  <td>
                    <StatusBadge status={item.status} />
                  </td>
                  <td>
                    <DateTime value={item.createdAt} />
                  </td>
                  <td>
                    <Link
                      href={`/my/cases/${encodeURIComponent(item.caseId)}`}
                      aria-label={t('viewCase', { caseNumber: item.caseNumber })}
                    >
                      {t('view')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
