import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type {
  ArchiveCheckResult,
  ArchiveProblem,
} from '../../../../../../functions/src/official-documents/archive-model';
import { archiveNow } from './actions';

/** A "not archived" row: its tries so far, and the 立即归档 button. */
async function NotArchived({ problem }: { problem: ArchiveProblem }) {
  const t = await getTranslations('OfficialDocuments.archive');
  return (
    <>
      {t('problem.not-archived', { number: problem.number ?? problem.documentId })}{' '}
      <span className="muted">
        {t('attempts', { count: problem.attempts ?? 0 })}
        {problem.lastAttemptAt ? (
          <>
            {' '}
            {t('lastAttempt')} <DateTime value={problem.lastAttemptAt} />
          </>
        ) : null}
        {problem.lastError ? <> {t('lastError', { error: problem.lastError })}</> : null}
      </span>
      <form action={archiveNow} className="inline-form">
        <input type="hidden" name="documentId" value={problem.documentId} />
        <button
          type="submit"
          className="button"
          data-testid="archive-now"
          aria-label={t('archiveNowLabel', { number: problem.number ?? problem.documentId })}
        >
          {t('archiveNow')}
        </button>
      </form>
    </>
  );
}

/**
 * The archive's integrity check: a button (a GET form: `?check=1`, so it is run by the server with the user's own
 * token) and, once run, what it found — intact, or each problem with the document and object where it is.
 */
export async function ArchiveCheck({
  result,
  archived,
  archiveError,
}: {
  result: ArchiveCheckResult | 'forbidden' | undefined;
  archived?: string;
  archiveError?: string;
}) {
  const [t, errors] = await Promise.all([getTranslations('OfficialDocuments.archive'), getTranslations('ApiErrors')]);
  return (
    <section aria-labelledby="archive-check">
      <h2 id="archive-check">{t('checkHeading')}</h2>
      <p>{t('checkHelp')}</p>
      <form method="get">
        <input type="hidden" name="check" value="1" />
        <button type="submit" className="button" data-testid="archive-check">
          {t('check')}
        </button>
      </form>
      {archived ? (
        <p role="status" className="notice notice-success" data-testid="archive-now-done">
          {t('archivedNow', { number: archived })}
        </p>
      ) : null}
      {archiveError ? (
        <p role="alert" className="notice notice-error" data-testid="archive-now-error">
          {errors.has(archiveError as 'OFFICIAL_DOCUMENT_ARCHIVE_FAILED')
            ? errors(archiveError as 'OFFICIAL_DOCUMENT_ARCHIVE_FAILED')
            : t('archiveNowFailed', { code: archiveError })}
        </p>
      ) : null}
      {result === 'forbidden' ? (
        <p role="status" className="notice notice-error">
          {t('checkNotAllowed')}
        </p>
      ) : result?.valid ? (
        <p role="status" className="notice notice-success" data-testid="archive-check-result">
          {t('checkValid', {
            entries: result.departments.reduce((n, d) => n + d.entries, 0),
            objects: result.departments.reduce((n, d) => n + d.objects, 0),
            at: result.checkedAt.slice(0, 19).replace('T', ' '),
          })}
        </p>
      ) : result ? (
        <div role="status" className="notice notice-error" data-testid="archive-check-result">
          <p>{t('checkBroken', { at: result.checkedAt.slice(0, 19).replace('T', ' ') })}</p>
          <ul>
            {result.departments.flatMap((d) => [
              ...(d.chain.valid
                ? []
                : [<li key={`${d.department}-chain`}>{t('chainBrokenAt', { seq: d.chain.brokenAt ?? 0 })}</li>]),
              ...d.problems.map((p) => (
                <li key={`${p.documentId}-${p.object ?? ''}-${p.kind}`} data-problem={p.kind}>
                  {p.kind === 'not-archived' ? (
                    <NotArchived problem={p} />
                  ) : (
                    t(`problem.${p.kind}`, { number: p.number ?? p.documentId, object: p.object ?? '' })
                  )}
                </li>
              )),
            ])}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
