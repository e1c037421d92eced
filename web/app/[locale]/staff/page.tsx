import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CalendarDay, DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import type { InboxQuery, WorkItem } from '@/lib/api-schemas';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { ClaimControl } from './_components/claim-control';
import { DeadlineLevelBadge, EscalatedBadge } from './_components/deadline-level';
import styles from './_components/staff.module.css';
import { isTimed } from './_lib/deadline';
import { inboxRoles, rolesOf } from './_lib/staff-roles';
import { InboxFilters } from './inbox-filters';
import { ReturnedReason } from './returned-reason';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Inbox'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const queryKeys = ['step', 'item', 'status', 'claim', 'due', 'q', 'limit', 'cursor'] as const;

/** The inbox filters from the page's query (the API checks and names any bad one). */
/** Where each kind of work item is handled: its subject's page in /staff. */
const subjectPaths: Record<NonNullable<WorkItem['kind']>, string> = {
  case: '/staff/cases/',
  letter: '/staff/letters/',
  'official-document': '/staff/official-documents/',
  'grid-event': '/staff/grid/',
  'data-request': '/staff/data/requests/',
};

function inboxQuery(params: Record<string, string | string[] | undefined>): InboxQuery {
  return Object.fromEntries(
    queryKeys.flatMap((key) => {
      const value = params[key];
      return typeof value === 'string' && value.trim() !== '' ? [[key, value.trim()]] : [];
    }),
  );
}

/**
 * The inbox: my department's (or street's) open work items, most urgent first — the applicant (masked),
 * item, step, submitted time, working days left with the clock's colour and who holds each; filters, the
 * whole inbox counted, pages of 20 to 100. On a phone each item is a card (CSS).
 */
export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
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
  // Dispatchers and inspectors see their city-event steps here; claiming is for case and letter handlers.
  const mayClaim = hasAnyRole(session.roles, rolesOf('workitems.claim'));
  const query = inboxQuery(await searchParams);
  const page = await api.inboxPage(query);
  const { items, counts } = page;
  const { cursor: _cursor, ...filters } = query;
  return (
    <>
      <h1>{t('title')}</h1>
      <ul className={styles.counts} aria-label={t('counts')} data-testid="inbox-counts">
        <li>{t('countAll', { count: counts.all })}</li>
        <li>{t('countKindCase', { count: counts.kind.case })}</li>
        <li>{t('countKindLetter', { count: counts.kind.letter })}</li>
        <li>{t('countKindOfficialDocument', { count: counts.kind.officialDocument })}</li>
        <li>{t('countKindGrid', { count: counts.kind['grid-event'] })}</li>
        <li>{t('countKindDataRequest', { count: counts.kind['data-request'] })}</li>
        <li data-testid="inbox-matching">{t('matching', { count: page.total })}</li>
      </ul>
      <InboxFilters query={query} counts={counts} />
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="inbox-caption">
          <table className={`table ${styles.inboxTable}`} data-testid="work-items">
            <caption id="inbox-caption" className="visually-hidden">
              {t('caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('caseNumber')}</th>
                <th scope="col">{t('applicant')}</th>
                <th scope="col">{t('caseTitle')}</th>
                <th scope="col">{t('step')}</th>
                <th scope="col">{t('submitted')}</th>
                <th scope="col">{t('deadline')}</th>
                <th scope="col">{t('holder')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const left = item.remainingWorkingDays;
                return (
                  <tr
                    key={item.workItemId}
                    data-case-number={item.caseNumber}
                    data-step={item.step}
                    data-state={item.state}
                    data-work-item={item.workItemId}
                  >
                    <th scope="row">{item.caseNumber}</th>
                    <td data-label={t('applicant')} data-testid="applicant">
                      {item.applicantMasked ?? '—'}
                    </td>
                    <td data-label={t('caseTitle')}>
                      {item.title}
                      {item.escalated ? <EscalatedBadge /> : null}
                    </td>
                    <td data-label={t('step')}>
                      {staff(`steps.${item.step}`)}
                      {item.state && item.state !== 'new' && item.state !== 'escalated' ? (
                        <span className={styles.stateBadge}>{t(`statusStates.${item.state}`)}</span>
                      ) : null}
                      {item.returned ? <ReturnedReason returned={item.returned} /> : null}
                    </td>
                    <td data-label={t('submitted')}>
                      {item.submittedAt ? <DateTime value={item.submittedAt} /> : '—'}
                    </td>
                    <td data-label={t('deadline')} data-testid="deadline">
                      {isTimed(item) ? (
                        <DeadlineLevelBadge level={item.level} />
                      ) : (
                        <span className="muted">{t('handoverUntimed')}</span>
                      )}
                      {item.dueDate && left !== undefined ? (
                        <div>
                          <CalendarDay value={item.dueDate} />{' '}
                          <span className="muted" data-testid="working-days-left">
                            {left < 0
                              ? t('workingDaysOverdue', { days: -left })
                              : left === 0
                                ? t('dueToday')
                                : t('workingDaysLeft', { days: left })}
                          </span>
                        </div>
                      ) : null}
                    </td>
                    <td data-label={t('holder')}>
                      {mayClaim ? (
                        <ClaimControl
                          workItemId={item.workItemId}
                          caseNumber={item.caseNumber}
                          claimedBy={item.claimedBy}
                          me={session.username}
                        />
                      ) : (
                        (item.claimedBy ?? '—')
                      )}
                    </td>
                    <td>
                      <Link
                        href={`${subjectPaths[item.kind ?? 'case']}${encodeURIComponent(item.caseId)}`}
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
      )}
      <p className="actions">
        {query.cursor ? <Link href={{ pathname: '/staff', query: filters }}>{t('firstPage')}</Link> : null}
        {page.nextCursor ? (
          <Link href={{ pathname: '/staff', query: { ...filters, cursor: page.nextCursor } }} rel="next">
            {t('nextPage')}
          </Link>
        ) : null}
      </p>
    </>
  );
}
