import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { ClaimControl } from './_components/claim-control';
import { DeadlineLevelBadge, EscalatedBadge } from './_components/deadline-level';
import { chinaToday, daysBetween, isTimed, workItemLevel } from './_lib/deadline';
import { inboxRoles } from './_lib/staff-roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Inbox'))('title') };
}

/** The inbox: my department's (or street's) open work items, most urgent first, with who holds each. */
export default async function InboxPage() {
  const session = await requireSession('/staff');
  const [t, staff] = await Promise.all([getTranslations('Inbox'), getTranslations('Staff')]);
  if (!hasAnyRole(session.roles, inboxRoles)) {
    return (
      <>
        <h1>{staff('title')}</h1>
        <p>{staff('noInbox')}</p>
      </>
    );
  }
  const items = await api.listWorkItems();
  const today = chinaToday();
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p>{t('count', { count: items.length })}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="inbox-caption">
            <table className="table" data-testid="work-items">
              <caption id="inbox-caption" className="visually-hidden">
                {t('caption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseNumber')}</th>
                  <th scope="col">{t('caseTitle')}</th>
                  <th scope="col">{t('step')}</th>
                  <th scope="col">{t('deadline')}</th>
                  <th scope="col">{t('holder')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('open')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => {
                  const left = item.dueDate && isTimed(item) ? daysBetween(today, item.dueDate) : undefined;
                  return (
                    <tr
                      key={item.workItemId}
                      data-case-number={item.caseNumber}
                      data-step={item.step}
                      data-work-item={item.workItemId}
                    >
                      <th scope="row">{item.caseNumber}</th>
                      <td>
                        {item.title}
                        {item.escalated ? <EscalatedBadge /> : null}
                      </td>
                      <td>{staff(`steps.${item.step}`)}</td>
                      <td>
                        {isTimed(item) ? (
                          <DeadlineLevelBadge level={workItemLevel(item, today)} />
                        ) : (
                          <span className="muted">{t('handoverUntimed')}</span>
                        )}
                        {item.dueDate && left !== undefined ? (
                          <div>
                            <time dateTime={item.dueDate}>{item.dueDate}</time>{' '}
                            <span className="muted">
                              {left < 0
                                ? t('daysOverdue', { days: -left })
                                : left === 0
                                  ? t('dueToday')
                                  : t('daysLeft', { days: left })}
                            </span>
                          </div>
                        ) : null}
                      </td>
                      <td>
                        <ClaimControl
                          workItemId={item.workItemId}
                          caseNumber={item.caseNumber}
                          claimedBy={item.claimedBy}
                          me={session.username}
                        />
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
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
