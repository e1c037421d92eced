'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect } from 'react';
import { streets } from '../../../../../../functions/src/registries/geography';
import formStyles from '@/components/application-form.module.css';
import { lookupApplicant, type ApplicantRecord, type LookupState } from './lookup-action';

interface Props {
  /** Called once per successful lookup with the record, to prefill the counter form. */
  onFound: (person: ApplicantRecord) => void;
}

/**
 * Step one at the counter: the clerk enters the walk-in applicant's ID number and sees their registry record
 * (name, sex, birth date, address) to check against the person and the ID card; the form below is prefilled.
 */
export function ApplicantLookup({ onFound }: Props) {
  const t = useTranslations('Counter');
  const [state, dispatch, pending] = useActionState<LookupState, FormData>(lookupApplicant, { status: 'idle' });

  useEffect(() => {
    if (state.status === 'found' && state.person) onFound(state.person);
    // Once per lookup: `attempt` changes with every answer.
  }, [state.attempt]);

  const person = state.status === 'found' ? state.person : undefined;
  const street = person ? streets.find((s) => s.code === person.street) : undefined;
  const none = t('notRecorded');
  return (
    <form action={dispatch} className={`form ${formStyles.section}`} aria-busy={pending} data-testid="applicant-lookup">
      <fieldset>
        <legend className={formStyles.legend}>{t('lookupLegend')}</legend>
        <p id="lookup-hint" className="hint">
          {t('lookupHint')}
        </p>
        <div className="field">
          <label htmlFor="lookup-id-number">{t('lookupLabel')}</label>
          {state.status === 'refused' ? (
            <p id="lookup-error" className="field-error" role="alert">
              {t(
                state.problem === 'notFound'
                  ? 'lookupNotFound'
                  : state.problem === 'invalid'
                    ? 'lookupInvalid'
                    : 'lookupFailed',
              )}
            </p>
          ) : null}
          <input
            id="lookup-id-number"
            name="lookupIdNumber"
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={18}
            required
            defaultValue={state.idNumber ?? ''}
            aria-invalid={state.status === 'refused' ? true : undefined}
            aria-describedby={state.status === 'refused' ? 'lookup-hint lookup-error' : 'lookup-hint'}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button-secondary" disabled={pending}>
            {pending ? t('lookupBusy') : t('lookupButton')}
          </button>
        </div>
        {person ? (
          <div role="status" data-testid="applicant-record">
            <dl className="details">
              <dt>{t('personName')}</dt>
              <dd>{person.name}</dd>
              <dt>{t('personSex')}</dt>
              <dd>{t(person.sex === 'male' ? 'sexMale' : 'sexFemale')}</dd>
              <dt>{t('personBirthDate')}</dt>
              <dd>{person.birthDate}</dd>
              <dt>{t('personStreet')}</dt>
              <dd>{street?.name ?? person.street}</dd>
              <dt>{t('personAddress')}</dt>
              <dd>{person.address ?? none}</dd>
            </dl>
            <p className="notice notice-success">{t('lookupFound')}</p>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
