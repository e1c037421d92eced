'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { rerouteLetter, type RerouteState } from './reroute-actions';

/** A dispatcher's (or the head's) re-routing of a letter to another department, with the reason. */
export function RerouteForm({
  letterId,
  departments,
}: {
  letterId: string;
  departments: readonly { code: string; name: string }[];
}) {
  const t = useTranslations('StaffLetter.reroute');
  const [state, formAction, pending] = useActionState<RerouteState, FormData>(rerouteLetter, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  if (state.status === 'done') {
    return (
      <div className="notice" role="status" tabIndex={-1} ref={outcome} data-testid="reroute-done">
        {t('done')}
      </div>
    );
  }
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="reroute-title">
      <h2 id="reroute-title">{t('title')}</h2>
      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {t(`message.${state.message}`)}
        </div>
      ) : null}
      <input type="hidden" name="letterId" value={letterId} />
      <div className="field">
        <label htmlFor="reroute-department">{t('department')}</label>
        <select id="reroute-department" name="department" defaultValue="" required>
          <option value="" disabled>
            {t('pick')}
          </option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="reroute-reason">{t('reason')}</label>
        <p id="reroute-reason-hint" className="hint">
          {t('reasonHint')}
        </p>
        <textarea
          id="reroute-reason"
          name="reason"
          rows={3}
          maxLength={500}
          defaultValue={state.reason}
          aria-describedby="reroute-reason-hint"
          required
        />
      </div>
      <button type="submit" className="button button-secondary" disabled={pending}>
        {t('send')}
      </button>
    </form>
  );
}
