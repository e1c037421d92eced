'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { createDataRequest, type RequestField, type RequestFormState } from '../requests/actions';

/**
 * Requests this resource for my department (共享申请): the fields wanted, the purpose, the legal basis and the
 * period. An unconditional resource is granted at once; a conditional one goes to the owner's head.
 */
export function RequestForm({
  resourceId,
  fields,
  conditional,
  defaultFrom,
  defaultTo,
}: {
  resourceId: string;
  fields: readonly { name: string; title: string; personal: boolean }[];
  conditional: boolean;
  defaultFrom: string;
  defaultTo: string;
}) {
  const t = useTranslations('DataRequests');
  const [state, formAction, pending] = useActionState<RequestFormState, FormData>(createDataRequest, {
    status: 'idle',
  });
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'refused') alert.current?.focus();
  }, [state]);
  const invalid = (field: RequestField) => state.invalid?.includes(field) ?? false;
  const values = state.values;
  const described = (field: RequestField, hint?: string) =>
    [hint, invalid(field) ? `${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const error = (field: RequestField) =>
    invalid(field) ? (
      <p className="field-error" id={`${field}-error`}>
        {t(`invalid.${field}`)}
      </p>
    ) : null;
  return (
    <section aria-labelledby="request-title" className="panel">
      <h2 id="request-title">{t('requestTitle')}</h2>
      <p>{conditional ? t('conditionalHint') : t('unconditionalHint')}</p>
      {state.status === 'refused' ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={alert}>
          {state.message ? t(`message.${state.message}`) : t('message.invalid')}
        </div>
      ) : null}
      <form action={formAction} className="form" noValidate data-testid="request-form">
        <input type="hidden" name="resourceId" value={resourceId} />
        <fieldset className="field" aria-describedby={described('fields', 'fields-hint')}>
          <legend>{t('fieldsWanted')}</legend>
          <p id="fields-hint" className="hint">
            {t('fieldsHint')}
          </p>
          {fields.map((f) => (
            <label key={`${f.name}-${state.status}`} className="checkbox">
              <input
                type="checkbox"
                name="fields"
                value={f.name}
                defaultChecked={values?.fields.includes(f.name) ?? false}
              />{' '}
              {f.title} ({f.name}){f.personal ? ` · ${t('personal')}` : ''}
            </label>
          ))}
          {error('fields')}
        </fieldset>
        <div className="field">
          <label htmlFor="purpose">{t('purpose')}</label>
          <textarea
            id="purpose"
            name="purpose"
            rows={3}
            maxLength={500}
            required
            key={`purpose-${state.status}`}
            defaultValue={values?.purpose ?? ''}
            aria-invalid={invalid('purpose') || undefined}
            aria-describedby={described('purpose')}
          />
          {error('purpose')}
        </div>
        <div className="field">
          <label htmlFor="legalBasis">{t('legalBasis')}</label>
          <p id="legalBasis-hint" className="hint">
            {t('legalBasisHint')}
          </p>
          <input
            id="legalBasis"
            name="legalBasis"
            maxLength={300}
            required
            key={`legalBasis-${state.status}`}
            defaultValue={values?.legalBasis ?? ''}
            aria-invalid={invalid('legalBasis') || undefined}
            aria-describedby={described('legalBasis', 'legalBasis-hint')}
          />
          {error('legalBasis')}
        </div>
        <div className="field">
          <label htmlFor="periodFrom">{t('periodFrom')}</label>
          <input
            id="periodFrom"
            name="periodFrom"
            type="date"
            required
            key={`periodFrom-${state.status}`}
            defaultValue={values?.periodFrom ?? defaultFrom}
            aria-invalid={invalid('periodFrom') || undefined}
            aria-describedby={described('periodFrom')}
          />
          {error('periodFrom')}
        </div>
        <div className="field">
          <label htmlFor="periodTo">{t('periodTo')}</label>
          <input
            id="periodTo"
            name="periodTo"
            type="date"
            required
            key={`periodTo-${state.status}`}
            defaultValue={values?.periodTo ?? defaultTo}
            aria-invalid={invalid('periodTo') || undefined}
            aria-describedby={described('periodTo')}
          />
          {error('periodTo')}
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {t('submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
