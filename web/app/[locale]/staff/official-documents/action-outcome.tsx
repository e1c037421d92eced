import { getTranslations } from 'next-intl/server';
import { documentActionNames } from '../../../../../functions/src/official-documents/model';

type ApiErrorCode = 'OFFICIAL_DOCUMENT_STALE';

const doneKeys = ['created', ...documentActionNames, 'returned'] as const;

/** The outcome of the last step, carried in the query: done, or refused with the API's code and fields. */
export async function ActionOutcome({ done, error, problems }: { done?: string; error?: string; problems?: string }) {
  const [t, errors] = await Promise.all([getTranslations('OfficialDocuments'), getTranslations('ApiErrors')]);
  const known = doneKeys.find((k) => k === done);
  return (
    <>
      {known ? (
        <div role="status" className="notice notice-success" data-testid="document-done">
          {t(`done.${known}`)}
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="notice notice-error" data-testid="document-error">
          <p>{errors.has(error as ApiErrorCode) ? errors(error as ApiErrorCode) : t('refused', { code: error })}</p>
          {problems ? <p className="preserve-lines">{problems}</p> : null}
        </div>
      ) : null}
    </>
  );
}
