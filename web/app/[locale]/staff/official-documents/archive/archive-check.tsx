import { getTranslations } from 'next-intl/server';
import type { ArchiveCheckResult } from '../../../../../../functions/src/official-documents/archive-model';

/**
 * The archive's integrity check: a button (a GET form: `?check=1`, so it is run by the server with the user's own
 * token) and, once run, what it found — intact, or each problem with the document and object where it is.
 */
export async function ArchiveCheck({ result }: { result: ArchiveCheckResult | 'forbidden' | undefined }) {
  const t = await getTranslations('OfficialDocuments.archive');
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
                <li key={`${p.documentId}-${p.object ?? ''}-${p.kind}`}>
                  {t(`problem.${p.kind}`, { number: p.number ?? p.documentId, object: p.object ?? '' })}
                </li>
              )),
            ])}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
