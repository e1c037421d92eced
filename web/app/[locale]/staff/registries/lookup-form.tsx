'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { CalendarDay } from '@/components/date-time';
import { lookupPerson, type LookupState } from './actions';

/** Lookup by exact resident ID number: the result shows on the page, the number never enters a URL. */
export function LookupForm() {
  const t = useTranslations('Registries');
  const [state, action, pending] = useActionState<LookupState, FormData>(lookupPerson, { status: 'idle' });
  return (
    <section aria-labelledby="lookup-heading">
      <h2 id="lookup-heading">{t('lookupHeading')}</h2>
      <form action={action} className="form">
        <div className="field">
          <label htmlFor="lookup-id">{t('idNumber')}</label>
          <input id="lookup-id" name="idNumber" required maxLength={18} autoComplete="off" inputMode="text" />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {t('lookup')}
        </button>
      </form>
      <div aria-live="polite" data-testid="lookup-result">
        {state.status === 'found' ? (
          <dl>
            <dt>{t('name')}</dt>
            <dd>{state.person.name}</dd>
            <dt>{t('sex')}</dt>
            <dd>{t(state.person.sex)}</dd>
            <dt>{t('birthDate')}</dt>
            <dd>
              <CalendarDay value={state.person.birthDate} />
            </dd>
            <dt>{t('street')}</dt>
            <dd>{state.person.street}</dd>
            <dt>
              {t('version', {
                version: state.person.current.version,
                by: state.person.current.by,
                reason: state.person.current.reason,
              })}
            </dt>
            <dd>{state.person.current.at}</dd>
          </dl>
        ) : null}
        {state.status === 'notFound' ? <p>{t('notFound')}</p> : null}
        {state.status === 'failed' ? <p role="alert">{t('lookupFailed', { message: state.message })}</p> : null}
      </div>
    </section>
  );
}
