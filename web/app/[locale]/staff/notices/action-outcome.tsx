import { getTranslations } from 'next-intl/server';

/** The outcome of the last action, carried in the query: done, or refused with the API's code and fields. */
export async function ActionOutcome({ done, error, problems }: { done?: string; error?: string; problems?: string }) {
  const t = await getTranslations('StaffNotices');
  const known = ['created', 'edited', 'published', 'withdrawn'];
  return (
    <>
      {done && known.includes(done) ? (
        <div role="status" className="notice notice-success" data-testid="notice-done">
          {t(`done-${done as 'created'}`)}
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="notice notice-error" data-testid="notice-error">
          <p>{t('refused', { code: error })}</p>
          {problems ? <p className="preserve-lines">{problems}</p> : null}
        </div>
      ) : null}
    </>
  );
}
