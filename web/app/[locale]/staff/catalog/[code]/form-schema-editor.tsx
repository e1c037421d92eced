'use client';

import { useTranslations } from 'next-intl';
import type { FormField, FormSchema } from '../../../../../../functions/src/forms/model';
import {
  formFieldTypes,
  isRegistrySource,
  prefillSources,
  prefillTypes,
  type PrefillSource,
} from '../../../../../../functions/src/forms/field-types';
import styles from './catalog.module.css';
import { FieldError, TextInput } from './editor-inputs';

interface Props {
  form: FormSchema;
  errors: Record<string, string>;
  onChange: (form: FormSchema) => void;
}

/** Options as lines `value|中文|English`, the way a cataloger types them. */
const optionsText = (field: FormField) =>
  (field.options ?? []).map((o) => `${o.value}|${o.label.zh}|${o.label.en}`).join('\n');

function optionsFrom(text: string): FormField['options'] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  if (lines.length === 0) return undefined;
  return lines.map((line) => {
    const [value = '', zh = '', en = ''] = line.split('|').map((part) => part.trim());
    return { value, label: { zh, en } };
  });
}

const newField = (n: number): FormField => ({
  id: `field${n}`,
  type: 'text',
  label: { zh: '', en: '' },
  required: false,
});

/**
 * The structured editor of an item's application form: per section its fields with key, labels, kind,
 * whether required and the options of a choice. Each input shows the problem found at its path.
 */
export function FormSchemaEditor({ form, errors, onChange }: Props) {
  const t = useTranslations('CatalogEditor');
  const setField = (s: number, f: number, next: Partial<FormField>) =>
    onChange({
      ...form,
      sections: form.sections.map((section, si) =>
        si !== s
          ? section
          : {
              ...section,
              fields: section.fields.map((field, fi) => {
                if (fi !== f) return field;
                const merged = { ...field, ...next } as FormField;
                if (merged.options === undefined) delete merged.options;
                return merged;
              }),
            },
      ),
    });
  const setFields = (s: number, fields: FormField[]) =>
    onChange({ ...form, sections: form.sections.map((section, si) => (si === s ? { ...section, fields } : section)) });

  return (
    <>
      {form.sections.map((section, s) => (
        <fieldset key={s} className={styles.section} data-testid={`schema-section-${s}`}>
          <legend>{t('section', { n: s + 1, title: section.title.zh })}</legend>
          {section.fields.map((field, f) => {
            const path = `form.sections.${s}.fields.${f}`;
            const id = `schema-${s}-${f}`;
            return (
              <div key={f} className={styles.field} data-testid={`schema-field-${field.id}`}>
                <TextInput
                  id={`${id}-id`}
                  label={t('fieldKey')}
                  value={field.id}
                  error={errors[`${path}.id`]}
                  onChange={(v) => setField(s, f, { id: v })}
                />
                <TextInput
                  id={`${id}-zh`}
                  label={t('labelZh')}
                  value={field.label.zh}
                  error={errors[`${path}.label.zh`]}
                  onChange={(v) => setField(s, f, { label: { ...field.label, zh: v } })}
                />
                <TextInput
                  id={`${id}-en`}
                  label={t('labelEn')}
                  value={field.label.en}
                  error={errors[`${path}.label.en`]}
                  onChange={(v) => setField(s, f, { label: { ...field.label, en: v } })}
                />
                <div className="field">
                  <label htmlFor={`${id}-type`}>{t('fieldKind')}</label>
                  <select
                    id={`${id}-type`}
                    value={field.type}
                    onChange={(e) => setField(s, f, { type: e.target.value as FormField['type'] })}
                  >
                    {formFieldTypes.map((type) => (
                      <option key={type} value={type}>
                        {t(`kinds.${type}`)}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`${id}-type`} message={errors[`${path}.type`]} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-prefill`}>{t('prefillLabel')}</label>
                  <p className="hint" id={`${id}-prefill-hint`}>
                    {t('prefillHint')}
                  </p>
                  <select
                    id={`${id}-prefill`}
                    value={field.prefill ?? ''}
                    aria-describedby={`${id}-prefill-hint`}
                    onChange={(e) =>
                      setField(s, f, { prefill: (e.target.value || undefined) as PrefillSource | undefined })
                    }
                  >
                    <option value="">{t('prefillNone')}</option>
                    {prefillSources
                      .filter((source) => prefillTypes[source].includes(field.type) || field.prefill === source)
                      .map((source) => (
                        <option key={source} value={source}>
                          {t(isRegistrySource(source) ? 'prefillFromRegistry' : 'prefillFromProfile', {
                            name: t(`prefillSources.${source}`),
                          })}
                        </option>
                      ))}
                  </select>
                  <FieldError id={`${id}-prefill`} message={errors[`${path}.prefill`]} />
                </div>
                <div className="field">
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={field.required}
                      onChange={(e) => setField(s, f, { required: e.target.checked })}
                    />
                    {t('required')}
                  </label>
                </div>
                {field.type === 'select' || field.type === 'radio' || field.options ? (
                  <div className="field">
                    <label htmlFor={`${id}-options`}>{t('options')}</label>
                    <p className="hint" id={`${id}-options-hint`}>
                      {t('optionsHint')}
                    </p>
                    <textarea
                      id={`${id}-options`}
                      key={optionsText(field)}
                      rows={3}
                      defaultValue={optionsText(field)}
                      aria-describedby={`${id}-options-hint`}
                      aria-invalid={errors[`${path}.options`] ? true : undefined}
                      onBlur={(e) => setField(s, f, { options: optionsFrom(e.target.value) })}
                    />
                    <FieldError id={`${id}-options`} message={errors[`${path}.options`]} />
                  </div>
                ) : null}
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() =>
                    setFields(
                      s,
                      section.fields.filter((_, fi) => fi !== f),
                    )
                  }
                >
                  {t('removeField', { key: field.id })}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setFields(s, [...section.fields, newField(section.fields.length + 1)])}
          >
            {t('addField')}
          </button>
        </fieldset>
      ))}
    </>
  );
}
