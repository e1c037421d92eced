'use client';

import { useTranslations } from 'next-intl';
import type { FormField } from '../../functions/src/forms/model';
import { fieldInputId, isShown, type EditedAnswers, type FormLanguage, type FormSchema } from './application-answers';
import styles from './application-form.module.css';

interface Props {
  schema: FormSchema;
  language: FormLanguage;
  answers: EditedAnswers;
  /** The message of each field with a problem, by field id. */
  errors: Record<string, string>;
  onChange: (fieldId: string, value: string | boolean) => void;
}

const autoCompleteOf: Partial<Record<NonNullable<FormField['prefill']>, string>> = {
  name: 'name',
  phone: 'tel-national',
  email: 'email',
};

/** YYYY-MM-DD of a day relative to today in China, for the date pickers' bounds. */
function chinaDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * An item's application form from its schema: a fieldset per section, a label per field, hints and errors
 * tied to the input (aria-describedby), native radios and checkboxes. Fields whose `showWhen` is not met
 * are not rendered, so they are neither shown nor posted.
 */
export function ApplicationFormFields({ schema, language, answers, errors, onChange }: Props) {
  return (
    <>
      {schema.sections.map((section) => (
        <fieldset key={section.id} className={styles.section}>
          <legend className={styles.legend}>{section.title[language]}</legend>
          {section.fields
            .filter((field) => isShown(field, answers as Record<string, string | boolean>))
            .map((field) => (
              <Field
                key={field.id}
                field={field}
                language={language}
                value={answers[field.id]}
                error={errors[field.id]}
                onChange={onChange}
              />
            ))}
        </fieldset>
      ))}
    </>
  );
}

function Field({
  field,
  language,
  value,
  error,
  onChange,
}: {
  field: FormField;
  language: FormLanguage;
  value: string | boolean | undefined;
  error: string | undefined;
  onChange: Props['onChange'];
}) {
  const t = useTranslations('Apply');
  const id = fieldInputId(field.id);
  const hintId = field.help ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {field.label[language]}
      {field.required ? (
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
    </>
  );
  const hint = field.help ? (
    <p id={hintId} className="hint">
      {field.help[language]}
    </p>
  ) : null;
  const errorText = error ? (
    <p id={errorId} className="field-error">
      <span className="visually-hidden">{t('errorPrefix')}</span>
      {error}
    </p>
  ) : null;
  const text = typeof value === 'string' ? value : '';
  const common = {
    id,
    name: id,
    required: field.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;

  if (field.type === 'radio') {
    return (
      <fieldset className={`field ${styles.group}`} aria-describedby={describedBy} data-field={field.id}>
        <legend className={styles.groupLegend}>{label}</legend>
        {hint}
        {errorText}
        {(field.options ?? []).map((option, index) => (
          <div key={option.value} className="choice">
            <input
              type="radio"
              id={index === 0 ? id : `${id}-${option.value}`}
              name={id}
              value={option.value}
              checked={text === option.value}
              required={field.required}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(field.id, option.value)}
            />
            <label htmlFor={index === 0 ? id : `${id}-${option.value}`}>{option.label[language]}</label>
          </div>
        ))}
      </fieldset>
    );
  }

  if (field.type === 'checkbox') {
    return (
      <div className="field" data-field={field.id}>
        {errorText}
        <label htmlFor={id} className="checkbox">
          <input
            {...common}
            type="checkbox"
            value="true"
            checked={value === true}
            onChange={(event) => onChange(field.id, event.target.checked)}
          />
          <span>{label}</span>
        </label>
        {hint}
      </div>
    );
  }

  let input;
  switch (field.type) {
    case 'textarea':
      input = (
        <textarea
          {...common}
          rows={4}
          maxLength={field.maxLength}
          value={text}
          onChange={(event) => onChange(field.id, event.target.value)}
        />
      );
      break;
    case 'select':
      input = (
        <select {...common} value={text} onChange={(event) => onChange(field.id, event.target.value)}>
          <option value="">{t('choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[language]}
            </option>
          ))}
        </select>
      );
      break;
    default:
      input = (
        <input
          {...common}
          {...inputAttributes(field)}
          value={text}
          onChange={(event) => onChange(field.id, event.target.value)}
        />
      );
  }
  return (
    <div className="field" data-field={field.id}>
      <label htmlFor={id}>{label}</label>
      {hint}
      {errorText}
      {input}
    </div>
  );
}

/** The input type and hints that fit a field: keyboards, autofill, lengths and date bounds. */
function inputAttributes(field: FormField) {
  switch (field.type) {
    case 'number':
      return { type: 'text', inputMode: 'decimal' as const, autoComplete: 'off', className: styles.short };
    case 'date':
      return {
        type: 'date',
        className: styles.short,
        ...(field.when === 'past' ? { max: chinaDay(0) } : field.when === 'future' ? { min: chinaDay(1) } : {}),
      };
    case 'resident-id':
      return { type: 'text', autoComplete: 'off', spellCheck: false, maxLength: 18, className: styles.medium };
    case 'mobile':
      return { type: 'tel', inputMode: 'tel' as const, autoComplete: 'tel-national', className: styles.medium };
    case 'email':
      return { type: 'email', inputMode: 'email' as const, autoComplete: 'email' };
    default:
      return {
        type: 'text',
        maxLength: field.maxLength,
        autoComplete: (field.prefill && autoCompleteOf[field.prefill]) || 'off',
      };
  }
}
