import { getLocale, getTranslations } from 'next-intl/server';
import { inLocale } from '@/lib/catalog-terms';
import type { Bilingual, Material } from '@/lib/hall-schemas';

const formKeys = { original: 'formOriginal', copy: 'formCopy', electronic: 'formElectronic' } as const;

/** The materials of an application as a table: name, form, copies, whether required, notes. */
export async function MaterialsTable({
  materials,
  caption,
}: {
  materials: readonly (Material & { branchNote?: Bilingual })[];
  caption: string;
}) {
  const [t, certificates, locale] = await Promise.all([
    getTranslations('Guide'),
    getTranslations('ECertificates'),
    getLocale(),
  ]);
  // An e-certificate by its name (居民身份证), never its code; an unknown code is shown as it is.
  const certificateName = (code: string) =>
    certificates.has(code as Parameters<typeof certificates>[0])
      ? certificates(code as Parameters<typeof certificates>[0])
      : code;
  return (
    <div className="table-scroll">
      <table className="table materials">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('materialName')}</th>
            <th scope="col">{t('form')}</th>
            <th scope="col">{t('count')}</th>
            <th scope="col">{t('required')}</th>
            <th scope="col">{t('notes')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((m, index) => (
            <tr key={`${m.name.zh}-${index}`}>
              <th scope="row">{inLocale(m.name, locale)}</th>
              <td>{t(formKeys[m.form])}</td>
              <td>{m.count}</td>
              <td>{m.required ? t('requiredYes') : t('requiredNo')}</td>
              <td>
                <MaterialNotes
                  notes={[
                    m.notes ? inLocale(m.notes, locale) : undefined,
                    m.branchNote ? inLocale(m.branchNote, locale) : undefined,
                    m.eCertificateType ? t('eCertificate', { type: certificateName(m.eCertificateType) }) : undefined,
                    m.templateForm ? t('templateForm', { code: m.templateForm }) : undefined,
                  ]}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MaterialNotes({ notes }: { notes: (string | undefined)[] }) {
  const present = notes.filter((note): note is string => note !== undefined);
  if (present.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {present.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
