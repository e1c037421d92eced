'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { CaseLookupResult } from '@/components/case-lookup-result';
import { TextField } from '@/components/text-field';
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
  const result = state.status === 'found' ? state.result : undefined;
  return (
    <>
      <form action={formAction} className="form" noValidate>
        <TextField
          id="caseNumber"
          name="caseNumber"
          label={t('caseNumber')}
          hint={t('caseNumberHint')}
          error={errors.caseNumber ? t(errors.caseNumber) : undefined}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          defaultValue={state.values?.caseNumber ?? caseNumber}
        />
        <TextField
          id="lookupCode"
          name="lookupCode"
          label={t('lookupCode')}
          hint={t('lookupCodeHint')}
          error={errors.lookupCode ? t(errors.lookupCode) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={9}
        />
        <TextField
          id="idTail"
          name="idTail"
          label={t('idTail')}
          hint={t('idTailHint')}
          error={errors.idTail ? t(errors.idTail) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={6}
        />
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
