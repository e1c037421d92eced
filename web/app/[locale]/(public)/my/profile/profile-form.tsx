'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { saveProfile, type ProfileField, type ProfileFormState } from './actions';

interface Props {
  version: number;
  name: string;
  email: string;
  hasPhone: boolean;
  hasIdNumber: boolean;
}

const inputs: Record<ProfileField, { type: string; autoComplete: string; inputMode?: 'tel' | 'email' | 'text' }> = {
  name: { type: 'text', autoComplete: 'name' },
  phone: { type: 'tel', autoComplete: 'tel-national', inputMode: 'tel' },
  idNumber: { type: 'text', autoComplete: 'off' },
  email: { type: 'email', autoComplete: 'email', inputMode: 'email' },
};

/** Edits the profile. Phone and ID number start empty: the stored ones stay unless replaced or removed. */
export function ProfileForm({ version, name, email, hasPhone, hasIdNumber }: Props) {
  const t = useTranslations('Profile');
  const errorsT = useTranslations('Errors');
  const [state, formAction, pending] = useActionState<ProfileFormState, FormData>(saveProfile, { status: 'idle' });
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') noticeRef.current?.focus();
  }, [state]);

  const stored: Partial<Record<ProfileField, boolean>> = { phone: hasPhone, idNumber: hasIdNumber };
  const initial: Record<ProfileField, string> = { name, email, phone: '', idNumber: '' };
  return (
    <form action={formAction} className="form" noValidate key={version}>
      {state.status === 'saved' ? (
        <div ref={noticeRef} tabIndex={-1} role="status" className="notice notice-success" data-testid="profile-result">
          {t('saved')}
        </div>
      ) : state.status === 'stale' ? (
        <div ref={noticeRef} tabIndex={-1} role="alert" className="notice notice-warning" data-testid="profile-result">
          {t('stale')} <a href="">{t('reload')}</a>
        </div>
      ) : state.status === 'error' ? (
        <div ref={noticeRef} tabIndex={-1} role="alert" className="notice notice-error" data-testid="profile-result">
          {state.message === 'invalid' ? t('invalid') : errorsT(state.message ?? 'generic')}
        </div>
      ) : null}
      <input type="hidden" name="version" value={version} />
      {(Object.keys(inputs) as ProfileField[]).map((field) => {
        const error = state.errors?.[field];
        const describedBy = `profile-${field}-hint${error ? ` profile-${field}-error` : ''}`;
        return (
          <div className="field" key={field}>
            <label htmlFor={`profile-${field}`}>
              {t(`${field}Label`)}
              {field === 'name' ? (
                <>
                  {' '}
                  <span aria-hidden="true">*</span>
                  <span className="visually-hidden">{t('required')}</span>
                </>
              ) : null}
            </label>
            <p id={`profile-${field}-hint`} className="hint">
              {stored[field] ? t(`${field}KeepHint`) : t(`${field}Hint`)}
            </p>
            {error ? (
              <p id={`profile-${field}-error`} className="field-error">
                {t(error)}
              </p>
            ) : null}
            <input
              id={`profile-${field}`}
              name={field}
              type={inputs[field].type}
              inputMode={inputs[field].inputMode}
              autoComplete={inputs[field].autoComplete}
              required={field === 'name'}
              maxLength={field === 'email' ? 254 : field === 'name' ? 50 : 24}
              defaultValue={state.values?.[field] ?? initial[field]}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
            {field === 'phone' || field === 'idNumber' ? (
              stored[field] ? (
                <label className="checkbox">
                  <input type="checkbox" name={`remove-${field}`} /> {t(`${field}Remove`)}
                </label>
              ) : null
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
        {pending ? t('saving') : t('save')}
      </button>
    </form>
  );
}
