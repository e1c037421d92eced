import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { requireSession } from '@/lib/guards';
import { noticesApi } from '@/lib/notices-api';
import { sectionRoles } from '../_lib/staff-roles';
import { createNotice } from './actions';
import { NoticeFields } from './notice-fields';
import { ActionOutcome } from './action-outcome';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffNotices'))('title') };
}

type SearchParams = Promise<{ cursor?: string; error?: string; problems?: string }>;

/** A department's public information: its notices in every state, and a form to draft a new one. */
export default async function StaffNoticesPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireSession('/staff/notices');
  const [t, n] = await Promise.all([getTranslations('StaffNotices'), getTranslations('Notices')]);
  if (!session.roles.some((r) => sectionRoles('notices').includes(r))) return <NoAccess text={t('noDepartment')} />;
  const query = await searchParams;
  const page = await noticesApi.listDepartment(query.cursor);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <ActionOutcome error={query.error} problems={query.problems} />

      <h2>{t('listHeading')}</h2>
      {page.items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="department-notices">
            <thead>
              <tr>
                <th scope="col">{t('title_')}</th>
                <th scope="col">{t('kind')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('updated')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((notice) => (
                <tr key={notice.id}>
                  <td>
                    <Link href={`/staff/notices/${notice.id}`}>{notice.title}</Link>
                  </td>
                  <td>{n(`kind-${notice.kind}`)}</td>
                  <td>{t(`status-${notice.status}`)}</td>
                  <td>{notice.version}</td>
                  <td>
                    <DateTime value={notice.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.nextCursor ? (
        <p>
          <Link href={{ pathname: '/staff/notices', query: { cursor: page.nextCursor } }} rel="next">
            {n('nextPage')}
          </Link>
        </p>
      ) : null}

      <h2 id="new-notice">{t('newHeading')}</h2>
      <form action={createNotice} className="form" aria-labelledby="new-notice" data-testid="new-notice-form">
        <NoticeFields idPrefix="new" />
        <button type="submit" className="button">
          {t('saveDraft')}
        </button>
      </form>
    </>
  );
}
