import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { noticesApi } from '@/lib/notices-api';
import { noticeIdPattern } from '../../../../../../functions/src/notices/model';
import { rolesOf } from '../../_lib/staff-roles';
import { publishNotice, saveNotice, withdrawNotice } from '../actions';
import { NoticeFields } from '../notice-fields';
import { ActionOutcome } from '../action-outcome';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffNotices'))('title') };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ done?: string; error?: string; problems?: string }>;

/** One notice of the department: edit it (a new version each time), publish or withdraw it, read its versions. */
export default async function StaffNoticePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const session = await requireSession(`/staff/notices/${id}`);
  const [t, n] = await Promise.all([getTranslations('StaffNotices'), getTranslations('Notices')]);
  if (!session.roles.some((r) => rolesOf('notices.getDepartment').includes(r))) {
    return <NoAccess text={t('noDepartment')} />;
  }
  if (!noticeIdPattern.test(id)) notFound();
  let notice;
  try {
    notice = await noticesApi.getDepartment(id);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
  const query = await searchParams;
  const mayPublish = session.roles.some((r) => rolesOf('notices.publish').includes(r));
  return (
    <>
      <p>
        <Link href="/staff/notices">{t('back')}</Link>
      </p>
      <h1>{t('editHeading', { title: notice.title })}</h1>
      <ActionOutcome done={query.done} error={query.error} problems={query.problems} />
      <p data-testid="notice-status">
        {n(`kind-${notice.kind}`)} · {t(`status-${notice.status}`)} · {t('version')} {notice.version}
        {notice.status === 'published' ? (
          <>
            {' · '}
            <Link href={`/notices/${notice.id}`}>{t('viewPublic')}</Link>
          </>
        ) : null}
      </p>

      <form action={saveNotice} className="form" data-testid="edit-notice-form">
        <input type="hidden" name="id" value={notice.id} />
        <input type="hidden" name="version" value={notice.version} />
        <NoticeFields idPrefix="edit" value={notice} />
        <button type="submit" className="button">
          {t('save')}
        </button>
      </form>

      {notice.status !== 'published' ? (
        <section aria-labelledby="publish-heading">
          <h2 id="publish-heading">{t('publishHeading')}</h2>
          <p>{t('publishHelp')}</p>
          {mayPublish ? (
            <form action={publishNotice} className="form" data-testid="publish-notice-form">
              <input type="hidden" name="id" value={notice.id} />
              <input type="hidden" name="version" value={notice.version} />
              <button type="submit" className="button">
                {t('publish')}
              </button>
            </form>
          ) : (
            <p className="muted">{t('headsPublish')}</p>
          )}
        </section>
      ) : mayPublish ? (
        <section aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t('withdrawHeading')}</h2>
          <form action={withdrawNotice} className="form" data-testid="withdraw-notice-form">
            <input type="hidden" name="id" value={notice.id} />
            <input type="hidden" name="version" value={notice.version} />
            <div className="field">
              <label htmlFor="withdraw-reason">{t('withdrawReason')}</label>
              <input id="withdraw-reason" name="reason" required minLength={2} maxLength={200} />
            </div>
            <button type="submit" className="button">
              {t('withdraw')}
            </button>
          </form>
        </section>
      ) : null}

      <h2>{t('versions')}</h2>
      <div className="table-scroll">
        <table className="table" data-testid="notice-versions">
          <thead>
            <tr>
              <th scope="col">{t('version')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('title_')}</th>
              <th scope="col">{t('by')}</th>
              <th scope="col">{t('at')}</th>
              <th scope="col">{t('why')}</th>
            </tr>
          </thead>
          <tbody>
            {(notice.versions ?? []).map((v) => (
              <tr key={v.version}>
                <td>{v.version}</td>
                <td>{t(`actions-${v.action}`)}</td>
                <td>{v.title}</td>
                <td>{v.by}</td>
                <td>
                  <DateTime value={v.at} />
                </td>
                <td>{v.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
