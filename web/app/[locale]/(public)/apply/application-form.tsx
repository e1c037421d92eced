'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { usePathname } from 'next/navigation';
import { Link } from '@/i18n/navigation';
import { acceptedContentTypes, maxUploadBytes } from '@/lib/api-schemas';
import { requestUpload, submitApplication, type ApplyState } from './actions';

type UploadStatus = 'uploading' | 'uploaded' | 'uploadFailed' | 'fileTypeNotAccepted' | 'fileTooLarge';
interface Upload {
  key: string;
  fileName: string;
  status: UploadStatus;
  documentId?: string;
}

const isAccepted = (type: string): type is (typeof acceptedContentTypes)[number] =>
  (acceptedContentTypes as readonly string[]).includes(type);

/** Uploads the file straight to storage with the presigned URL the API handed out (the file never passes through us). */
async function uploadFile(file: File): Promise<string> {
  if (!isAccepted(file.type)) throw new Error('type');
  const result = await requestUpload({ fileName: file.name, contentType: file.type, size: file.size });
  if (!result.ok) throw new Error(result.message);
  const response = await fetch(result.ticket.uploadUrl, {
    method: 'PUT',
    headers: { 'content-type': file.type, ...result.ticket.headers },
    body: file,
  });
  if (!response.ok) throw new Error(`upload ${response.status}`);
  return result.ticket.documentId;
}

export function ApplicationForm({ submissionToken }: { submissionToken: string }) {
  const t = useTranslations('Apply');
  const errorsT = useTranslations('Errors');
  const [state, formAction, pending] = useActionState<ApplyState, FormData>(submitApplication, { status: 'idle' });
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [waitMessage, setWaitMessage] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const uploading = uploads.some((upload) => upload.status === 'uploading');

  useEffect(() => {
    if (state.status !== 'idle') resultRef.current?.focus();
  }, [state]);

  const update = (key: string, change: Partial<Upload>) =>
    setUploads((current) => current.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  function onFilesChosen(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    for (const file of files) {
      const key = `${file.name}-${file.size}-${Date.now()}-${Math.random()}`;
      const status: UploadStatus = !isAccepted(file.type)
        ? 'fileTypeNotAccepted'
        : file.size > maxUploadBytes
          ? 'fileTooLarge'
          : 'uploading';
      setUploads((current) => [...current, { key, fileName: file.name, status }]);
      if (status !== 'uploading') continue;
      uploadFile(file).then(
        (documentId) => update(key, { status: 'uploaded', documentId }),
        () => update(key, { status: 'uploadFailed' }),
      );
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (uploading) {
      event.preventDefault();
      setWaitMessage(true);
    } else {
      setWaitMessage(false);
    }
  }

  if (state.status === 'success' && state.caseNumber) {
    return (
      <div
        className="notice notice-success"
        role="status"
        tabIndex={-1}
        ref={resultRef}
        data-testid="application-result"
      >
        <h2>{t('successTitle')}</h2>
        <p>{t('successText', { caseNumber: state.caseNumber })}</p>
        <p className="case-number" data-testid="case-number">
          {state.caseNumber}
        </p>
        <p className="actions">
          <Link href="/my/cases" className="button">
            {t('viewMyCases')}
          </Link>
          {/* A full page load, so the new form gets a new submission token. */}
          <a href={pathname} className="button button-secondary">
            {t('applyAgain')}
          </a>
        </p>
      </div>
    );
  }

  const titleError = state.errors?.title;
  const detailsError = state.errors?.details;
  return (
    <form action={formAction} onSubmit={onSubmit} className="form" noValidate>
      {state.status === 'error' || waitMessage ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={resultRef}>
          {waitMessage
            ? t('waitForUploads')
            : state.message === 'invalid' || state.message === 'materialsNotReady'
              ? t(state.message)
              : errorsT(state.message ?? 'generic')}
        </div>
      ) : null}
      <input type="hidden" name="submissionToken" value={submissionToken} />

      <div className="field">
        <label htmlFor="title">
          {t('titleLabel')} <span aria-hidden="true">*</span>
          <span className="visually-hidden">{t('required')}</span>
        </label>
        <p id="title-hint" className="hint">
          {t('titleHint')}
        </p>
        {titleError ? (
          <p id="title-error" className="field-error">
            {t(titleError)}
          </p>
        ) : null}
        <input
          id="title"
          name="title"
          type="text"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={state.values?.title}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? 'title-hint title-error' : 'title-hint'}
        />
      </div>

      <div className="field">
        <label htmlFor="details">{t('detailsLabel')}</label>
        <p id="details-hint" className="hint">
          {t('detailsHint')}
        </p>
        {detailsError ? (
          <p id="details-error" className="field-error">
            {t(detailsError)}
          </p>
        ) : null}
        <textarea
          id="details"
          name="details"
          rows={6}
          maxLength={2000}
          defaultValue={state.values?.details}
          aria-invalid={detailsError ? true : undefined}
          aria-describedby={detailsError ? 'details-hint details-error' : 'details-hint'}
        />
      </div>

      <div className="field">
        <label htmlFor="documents">{t('filesLabel')}</label>
        <p id="documents-hint" className="hint">
          {t('filesHint')}
        </p>
        {/* No name: the file goes to storage directly, never inside the form post. */}
        <input
          id="documents"
          type="file"
          multiple
          accept={acceptedContentTypes.join(',')}
          onChange={onFilesChosen}
          aria-describedby="documents-hint"
        />
        <ul className="upload-list" aria-live="polite">
          {uploads.map((upload) => (
            <li key={upload.key} className={`upload upload-${upload.status}`} data-status={upload.status}>
              {t(upload.status, { fileName: upload.fileName })}
              {upload.documentId ? <input type="hidden" name="documentIds" value={upload.documentId} /> : null}
            </li>
          ))}
        </ul>
      </div>

      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
