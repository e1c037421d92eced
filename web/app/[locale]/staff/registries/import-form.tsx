'use client';

import { useEffect, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import { importProgress, startImport, type ImportProgressView } from './actions';

/** How often the page asks for a running import's progress. */
const pollMs = 1000;

/**
 * While the form's import runs, asks for its progress every second (by the id this form gave it) and shows
 * rows done, rate and time left in a polite live region. Without script the form still imports; the page
 * then shows the final figures.
 */
function ImportProgressLine() {
  const t = useTranslations('Registries');
  const { pending, data } = useFormStatus();
  const importId = pending ? String(data?.get('importId') ?? '') : '';
  const [progress, setProgress] = useState<ImportProgressView | null>(null);
  useEffect(() => {
    if (!importId) {
      setProgress(null);
      return;
    }
    let stopped = false;
    const poll = async () => {
      const view = await importProgress(importId).catch(() => null);
      if (!stopped && view) setProgress(view);
    };
    const timer = setInterval(() => void poll(), pollMs);
    void poll();
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [importId]);
  return (
    <p role="status" aria-live="polite" data-testid="import-progress">
      {pending
        ? progress
          ? t('progress', {
              processed: progress.processed,
              total: progress.total,
              rate: progress.rowsPerSecond,
              eta:
                progress.etaSeconds === undefined ? t('etaUnknown') : t('etaSeconds', { seconds: progress.etaSeconds }),
            })
          : t('progressStarting')
        : null}
    </p>
  );
}

function SubmitButton() {
  const t = useTranslations('Registries');
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button" disabled={pending}>
      {t('start')}
    </button>
  );
}

/** The import form (data stewards): registry, CSV file, encoding, reason; its progress while it runs. */
export function ImportForm({ registries }: { registries: readonly { value: string; label: string }[] }) {
  const t = useTranslations('Registries');
  // The id is made in the browser after hydration (none without script: the server then makes one); the page
  // mounts a fresh form after each import, so an id is never sent twice.
  const [importId, setImportId] = useState('');
  useEffect(() => setImportId(crypto.randomUUID()), []);
  return (
    <form action={startImport} className="form">
      <input type="hidden" name="importId" value={importId} />
      <div className="field">
        <label htmlFor="import-registry">{t('registry')}</label>
        <select id="import-registry" name="registry" defaultValue="persons">
          {registries.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="import-file">{t('file')}</label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" required />
      </div>
      <div className="field">
        <label htmlFor="import-encoding">{t('encoding')}</label>
        <select id="import-encoding" name="encoding" defaultValue="utf-8">
          <option value="utf-8">UTF-8</option>
          <option value="gb18030">GB18030</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="import-reason">{t('reason')}</label>
        <input id="import-reason" name="reason" required maxLength={200} />
      </div>
      <SubmitButton />
      <ImportProgressLine />
    </form>
  );
}
