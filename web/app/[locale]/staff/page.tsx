import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { deciderRoles, hasAnyRole } from '@/lib/roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Inbox'))('title') };
}

export default async function InboxPage() {
  const session = await requireSession('/staff');
  const [t, staff] = await Promise.all([getTranslations('Inbox'), getTranslations('Staff')]);
  if (!hasAnyRole(session.roles, deciderRoles)) {
    return (
      <>
        <h1>{staff('title')}</h1>
        <p>{staff('noInbox')}</p>
      </>
    );
  }
  const items = await api.listWorkItems();
  return (
    <>
      <h1>{t('title')}</h1>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p>{t('count', { count: items.length })}</p>
          <div className="table-scroll">
            <table className="table" data-testid="work-items">
              <thead>
                <tr>
                  <th scope="col">{t('caseNumber')}</th>
                  <th scope="col">{t('caseTitle')}</th>
                  <th scope="col">{t('step')}</th>
                  <th scope="col">{t('createdAt')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.workItemId} data-case-number={item.caseNumber}>
                    <th scope="row">{item.caseNumber}</th>
                    <td>{item.title}</td>
                    <td>{item.step}</td>
                    <td>
                      <DateTime value={item.createdAt} />
                    </td>
                    <td>
                      <Link
                        href={`/staff/cases/${encodeURIComponent(item.caseId)}`}
                        aria-label={t('openCase', { caseNumber: item.caseNumber })}
                      >
                        {t('open')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
