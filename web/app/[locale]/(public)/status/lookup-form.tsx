'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { CaseLookupResult } from '@/components/case-lookup-result';
import { lookUpCase, type LookupState } from './actions';

/** The case lookup: number and ID tail in, the case's short status and progress out. Works without script. */
export function LookupForm({ caseNumber }: { caseNumber: string }) {
  const t = useTranslations('CaseLookup');
  const [state, formAction, pending] = useActionState<LookupState, FormData>(lookUpCase, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);

  const errors = state.errors ?? {};
  const described = (id: 'caseNumber' | 'idTail' | 'lookupCode') =>
    [`${id}-hint`, errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
  const result = state.status === 'found' ? state.result : undefined;
  return (
    <>
      <form action={formAction} className="form" noValidate>
        <div className="field">
          <label htmlFor="caseNumber">{t('caseNumber')}</label>
          <p id="caseNumber-hint" className="hint">
            {t('caseNumberHint')}
          </p>
          {errors.caseNumber ? (
            <p id="caseNumber-error" className="field-error">
              {t(errors.caseNumber)}
            </p>
          ) : null}
          <input
            id="caseNumber"
            name="caseNumber"
            type="text"
            required
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            defaultValue={state.values?.caseNumber ?? caseNumber}
            aria-invalid={errors.caseNumber ? true : undefined}
            aria-describedby={described('caseNumber')}
          />
        </div>
        <div className="field">
          <label htmlFor="lookupCode">{t('lookupCode')}</label>
          <p id="lookupCode-hint" className="hint">
            {t('lookupCodeHint')}
          </p>
          {errors.lookupCode ? (
            <p id="lookupCode-error" className="field-error">
              {t(errors.lookupCode)}
            </p>
          ) : null}
          <input
            id="lookupCode"
            name="lookupCode"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
            aria-invalid={errors.lookupCode ? true : undefined}
            aria-describedby={described('lookupCode')}
          />
        </div>
        <div className="field">
          <label htmlFor="idTail">{t('idTail')}</label>
          <p id="idTail-hint" className="hint">
            {t('idTailHint')}
          </p>
          {errors.idTail ? (
            <p id="idTail-error" className="field-error">
              {t(errors.idTail)}
            </p>
          ) : null}
          <input
            id="idTail"
            name="idTail"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={6}
            aria-invalid={errors.idTail ? true : undefined}
            aria-describedby={described('idTail')}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {t('submit')}
        </button>
      </form>

      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {t(state.message)}
        </div>
      ) : null}
      {result ? <CaseLookupResult result={result} ref={outcome} /> : null}
    </>
  );
}
