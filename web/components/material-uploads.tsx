'use client';

import { useTranslations } from 'next-intl';
import type { ChangeEvent, Dispatch, SetStateAction } from 'react';
import type { Material } from '@/lib/hall-schemas';
import { materialCertificateName, materialFileName, materialInputName, type FormLanguage } from './application-answers';
import styles from './application-form.module.css';
import { checkMaterialUpload, requestMaterialUpload } from './document-upload-actions';
import type { UploadedDocument } from './document-uploads';

/** One file of a material, while it uploads and once it is checked. */
export type MaterialUpload = { key: string } & (
  UploadedDocument | { status: 'uploading' | 'checking'; fileName: string; documentId?: string }
);
/** The files of each material, by the material's number (its index in the guide). */
export type MaterialUploadsState = Record<number, MaterialUpload[]>;

const formKeys = { original: 'formOriginal', copy: 'formCopy', electronic: 'formElectronic' } as const;

/** Whether a file counts for its material when the form is sent (checked, or still being scanned). */
export const isUsable = (upload: MaterialUpload) => upload.status === 'passed' || upload.status === 'scanning';
export const isBusy = (upload: MaterialUpload) => upload.status === 'uploading' || upload.status === 'checking';

/**
 * Whether a form shows a file still uploading or being checked. Submit handlers read readiness from the page
 * (each file's `data-status`) rather than from their closure's copy of the state, which can lag the tick the
 * person just saw (issue 13, defect 4: 提交申请 clicked at once refused with 请等待…).
 */
export const showsBusyUpload = (form: HTMLFormElement) =>
  form.querySelector('[data-status="uploading"], [data-status="checking"]') !== null;

/** The materials (by number) whose checked files a form posts: the hidden ids the page shows. */
export const materialsPosted = (data: FormData, count: number) =>
  Array.from({ length: count }, (_m, index) => index).filter(
    (index) => data.getAll(materialInputName(index)).length > 0 || Boolean(data.get(materialCertificateName(index))),
  );

/** A valid certificate of the wallet the applicant may give instead of files, by material number. */
export interface WalletChoice {
  certificateId: string;
  label: string;
}

/** The document ids the form sends, material by material (materials without a usable file left out). */
export function materialsToSend(uploads: MaterialUploadsState): { material: number; documentIds: string[] }[] {
  return Object.entries(uploads)
    .map(([material, files]) => ({
      material: Number(material),
      documentIds: files.filter(isUsable).flatMap((f) => (f.documentId ? [f.documentId] : [])),
    }))
    .filter((entry) => entry.documentIds.length > 0)
    .sort((a, b) => a.material - b.material);
}

const newKey = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** What files the portal takes (api-schemas.ts; passed in so the browser bundle does not carry the schemas). */
export interface UploadLimits {
  accepted: readonly string[];
  maxBytes: number;
}

/** PUTs the file to storage with the presigned URL the API handed out, then has the API check it. */
async function uploadInBrowser(
  file: File,
  limits: UploadLimits,
  update: (change: Partial<MaterialUpload>) => void,
): Promise<void> {
  if (!limits.accepted.includes(file.type)) {
    update({ status: 'refused', problem: 'notAccepted' });
    return;
  }
  if (file.size > limits.maxBytes) {
    update({ status: 'refused', problem: 'tooLarge' });
    return;
  }
  const registered = await requestMaterialUpload({ fileName: file.name, contentType: file.type, size: file.size });
  if (!registered.ok) {
    update({ status: 'refused', problem: registered.problem });
    return;
  }
  const response = await fetch(registered.ticket.uploadUrl, {
    method: 'PUT',
    headers: registered.ticket.headers,
    body: file,
  });
  if (!response.ok) {
    update({ status: 'refused', problem: 'failed' });
    return;
  }
  update({ status: 'checking', documentId: registered.ticket.documentId });
  update(await checkMaterialUpload(registered.ticket.documentId, file.name));
}

/**
 * One upload control per material of the item: its name, form, copies, whether required and notes; each
 * chosen file is uploaded and checked at once, and its outcome announced. Without script the file inputs
 * post the files with the form instead.
 */
export function MaterialUploads({
  materials,
  language,
  uploads,
  setUploads,
  errors,
  limits,
  disabled = false,
  showFingerprints = false,
  wallet = {},
}: {
  materials: readonly Material[];
  /** Certificates of the wallet that can stand in for a material (证照核查), by material number. */
  wallet?: Record<number, readonly WalletChoice[]>;
  language: FormLanguage;
  uploads: MaterialUploadsState;
  setUploads: Dispatch<SetStateAction<MaterialUploadsState>>;
  /** The message of each material with a problem, by material number. */
  errors: Record<number, string>;
  limits: UploadLimits;
  disabled?: boolean;
  /** Staff see each checked file's SHA-256; citizens are told only that it passed. */
  showFingerprints?: boolean;
}) {
  const t = useTranslations('Apply');
  const guide = useTranslations('Guide');

  const change = (material: number, key: string, update: Partial<MaterialUpload>) =>
    setUploads((current) => ({
      ...current,
      [material]: (current[material] ?? []).map((u) =>
        u.key === key ? ({ ...u, ...update, key } as MaterialUpload) : u,
      ),
    }));
  const remove = (material: number, key: string) =>
    setUploads((current) => ({ ...current, [material]: (current[material] ?? []).filter((u) => u.key !== key) }));

  function onFiles(material: number, event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // The files go to storage from here; clearing the input keeps them out of the form post.
    event.target.value = '';
    for (const file of files) {
      const key = newKey();
      setUploads((current) => ({
        ...current,
        [material]: [...(current[material] ?? []), { key, status: 'uploading', fileName: file.name }],
      }));
      uploadInBrowser(file, limits, (update) => change(material, key, update)).catch(() =>
        change(material, key, { status: 'refused', problem: 'failed' }),
      );
    }
  }

  async function recheck(material: number, upload: MaterialUpload) {
    if (!upload.documentId) return;
    change(material, upload.key, { status: 'checking' });
    change(material, upload.key, await checkMaterialUpload(upload.documentId, upload.fileName));
  }

  return (
    <>
      {materials.map((m, index) => {
        const inputId = materialFileName(index);
        const infoId = `${inputId}-info`;
        const errorId = errors[index] ? `${inputId}-error` : undefined;
        const files = uploads[index] ?? [];
        return (
          <div key={`${m.name.zh}-${index}`} className={styles.material} data-material={index}>
            <p className={styles.materialName} id={`${inputId}-name`}>
              {m.name[language]}
              {m.required ? (
                <>
                  {' '}
                  <span aria-hidden="true" className={styles.requiredMark}>
                    *
                  </span>
                  <span className="visually-hidden">{t('required')}</span>
                </>
              ) : (
                <span className={styles.optional}> {t('optional')}</span>
              )}
            </p>
            <p className="hint" id={infoId}>
              {t('materialInfo', { form: guide(formKeys[m.form]), count: m.count })}
              {m.notes ? ` ${m.notes[language]}` : ''}
            </p>
            {errors[index] ? (
              <p className="field-error" id={errorId}>
                <span className="visually-hidden">{t('errorPrefix')}</span>
                {errors[index]}
              </p>
            ) : null}
            {wallet[index]?.length ? (
              <p>
                <label htmlFor={materialCertificateName(index)}>{t('useCertificate')}</label>{' '}
                <select
                  id={materialCertificateName(index)}
                  name={materialCertificateName(index)}
                  disabled={disabled}
                  defaultValue=""
                  aria-describedby={errorId}
                >
                  <option value="">{t('uploadInstead')}</option>
                  {wallet[index]!.map((c) => (
                    <option key={c.certificateId} value={c.certificateId}>
                      {c.label}
                    </option>
                  ))}
                </select>
              </p>
            ) : null}
            {/* The native control speaks the browser's language; a styled label in the page's stands in for it. */}
            <input
              id={inputId}
              name={inputId}
              type="file"
              className={`visually-hidden ${styles.fileInput}`}
              multiple
              disabled={disabled}
              accept={limits.accepted.join(',')}
              aria-describedby={[infoId, errorId].filter(Boolean).join(' ')}
              aria-invalid={errorId ? true : undefined}
              onChange={(event) => onFiles(index, event)}
            />
            <label
              htmlFor={inputId}
              className={`button button-secondary ${styles.fileButton}`}
              data-disabled={disabled || undefined}
            >
              {t('chooseFiles', { material: m.name[language] })}
            </label>
            <ul className={styles.uploadList} aria-live="polite">
              {files.map((upload) => (
                <li key={upload.key} data-status={upload.status}>
                  <UploadStatus upload={upload} showFingerprint={showFingerprints} />
                  {isUsable(upload) && upload.documentId ? (
                    <input type="hidden" name={materialInputName(index)} value={upload.documentId} />
                  ) : null}
                  {upload.status === 'scanning' ? (
                    <button type="button" className={styles.linkButton} onClick={() => recheck(index, upload)}>
                      {t('recheck')}
                      <span className="visually-hidden">: {upload.fileName}</span>
                    </button>
                  ) : null}
                  {!isBusy(upload) ? (
                    <button type="button" className={styles.linkButton} onClick={() => remove(index, upload.key)}>
                      {t('removeFile')}
                      <span className="visually-hidden">: {upload.fileName}</span>
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}

function UploadStatus({ upload, showFingerprint }: { upload: MaterialUpload; showFingerprint: boolean }) {
  const t = useTranslations('Apply');
  const fileName = upload.fileName;
  switch (upload.status) {
    case 'uploading':
      return <span className={styles.pending}>{t('upload.uploading', { fileName })}</span>;
    case 'checking':
      return <span className={styles.pending}>{t('upload.checking', { fileName })}</span>;
    case 'passed':
      return (
        <span className={styles.passed}>
          {t('upload.passed', { fileName })}
          {showFingerprint ? <span className={styles.hash}> SHA-256 {upload.sha256.slice(0, 12)}…</span> : null}
        </span>
      );
    case 'scanning':
      return <span className={styles.pending}>{t('upload.scanning', { fileName })}</span>;
    case 'refused':
      return <span className={styles.problem}>{t(`upload.${upload.problem}`, { fileName })}</span>;
  }
}
