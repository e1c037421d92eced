import { getLocale, getTranslations } from 'next-intl/server';
import type { StaffCase } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';
import { formatFileSize } from '@/lib/file-size';
import styles from '../../_components/staff.module.css';

const extensions: Record<StaffCase['materials'][number]['contentType'], string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** Where a material opens in the browser (preview) or downloads: /staff-papers streams it for staff in scope. */
export const materialHref = (m: Pick<StaffCase['materials'][number], 'documentId' | 'contentType'>, mode: string) =>
  `/staff-papers/${encodeURIComponent(m.documentId)}/${mode}.${extensions[m.contentType]}`;

/** The materials received with a case: each file with its size, fingerprint, and preview and download links. */
export async function CaseMaterials({ materials }: { materials: StaffCase['materials'] }) {
  const [t, locale] = await Promise.all([getTranslations('StaffCase'), getLocale()]);
  if (materials.length === 0) return <p>{t('noMaterials')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="case-materials">
      <table className="table" data-testid="case-materials">
        <thead>
          <tr>
            <th scope="col">{t('materialName')}</th>
            <th scope="col">{t('fileName')}</th>
            <th scope="col">{t('fileSize')}</th>
            <th scope="col">{t('fingerprint')}</th>
            <th scope="col">{t('fileLinks')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m) => (
            <tr key={m.documentId}>
              <th scope="row">{inLocale(m.name, locale)}</th>
              <td>{m.fileName}</td>
              <td>{formatFileSize(m.size, locale)}</td>
              <td>
                <span className={styles.fingerprint} title={m.sha256}>
                  {m.sha256.slice(0, 12)}
                </span>
              </td>
              <td>
                <a
                  href={materialHref(m, 'preview')}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('previewFile', { fileName: m.fileName })}
                >
                  {t('preview')}
                </a>{' '}
                <a
                  href={materialHref(m, 'download')}
                  download={m.fileName}
                  aria-label={t('downloadFile', { fileName: m.fileName })}
                >
                  {t('download')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
