import { getLocale, getTranslations } from 'next-intl/server';
import { departments } from '../../../../../functions/src/catalog/taxonomy';
import {
  documentTypes,
  securityLevels,
  urgencies,
  type DocumentContent,
} from '../../../../../functions/src/official-documents/model';

/** The content as the form shows it (recipients as the API returns them: department codes). */
type FieldValues = Omit<DocumentContent, 'mainRecipients' | 'copyRecipients'> & {
  mainRecipients: readonly string[];
  copyRecipients: readonly string[];
};

/** The content fields of an outgoing document, for drafting and revising (the API checks them). */
export async function DocumentFields({ idPrefix, value }: { idPrefix: string; value?: FieldValues }) {
  const [t, locale] = await Promise.all([getTranslations('OfficialDocuments'), getLocale()]);
  const id = (name: string) => `${idPrefix}-${name}`;
  const recipients = (name: 'mainRecipients' | 'copyRecipients') => (
    <fieldset className="field" data-testid={`${idPrefix}-${name}`}>
      <legend>{t(`fields.${name}`)}</legend>
      {departments.map((d) => (
        <label key={d.code} className="checkbox">
          <input type="checkbox" name={name} value={d.code} defaultChecked={value?.[name].includes(d.code)} />
          {locale === 'en' ? d.name.en : d.name.zh}
        </label>
      ))}
    </fieldset>
  );
  const select = (name: 'type' | 'urgency' | 'security', options: readonly string[], fallback: string) => (
    <div className="field">
      <label htmlFor={id(name)}>{t(`fields.${name}`)}</label>
      <select id={id(name)} name={name} defaultValue={value?.[name] ?? fallback}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${name}.${o}` as 'type.notice')}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <div className="field">
        <label htmlFor={id('title')}>{t('fields.title')}</label>
        <input id={id('title')} name="title" required minLength={4} maxLength={120} defaultValue={value?.title} />
      </div>
      {select('type', documentTypes, 'notice')}
      {select('urgency', urgencies, 'normal')}
      {select('security', securityLevels, 'internal')}
      {recipients('mainRecipients')}
      {recipients('copyRecipients')}
      <div className="field">
        <label htmlFor={id('body')}>{t('fields.body')}</label>
        <textarea
          id={id('body')}
          name="body"
          required
          minLength={10}
          maxLength={20000}
          rows={12}
          defaultValue={value?.body}
        />
      </div>
    </>
  );
}
