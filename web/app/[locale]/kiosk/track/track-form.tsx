'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useMemo, useRef, useState } from 'react';
import { CaseLookupResult } from '@/components/case-lookup-result';
import { PrintButton } from '@/components/print-button';
import { TextField } from '@/components/text-field';
import { IdCardReadError, idNumberTail, maskedName } from '@/lib/kiosk/id-card-reader';
import { manualEntryReader } from '@/lib/kiosk/id-card-reader-manual';
import { lookUpCase, type LookupState } from '../../(public)/status/actions';
import { IdCardEntry } from './id-card-entry';

type Entered = { name: string; idNumber: string } | undefined;

/**
 * The kiosk's case lookup: the public lookup (/status's server action) with the applicant's ID card read
 * through the reader port instead of typing its last six characters. Of the reading the page keeps the
 * number's last six characters (sent with the lookup) and the masked name, in memory only.
 */
export function TrackForm() {
  const t = useTranslations('Kiosk');
  const lookup = useTranslations('CaseLookup');
  const [state, formAction, pending] = useActionState<LookupState, FormData>(lookUpCase, { status: 'idle' });
  const [asking, setAsking] = useState<((entry: Entered) => void) | undefined>(undefined);
  const [card, setCard] = useState<{ tail: string; name: string } | undefined>(undefined);
  const outcome = useRef<HTMLDivElement>(null);
  const readButton = useRef<HTMLButtonElement>(null);
  // The one adapter built: manual entry (a hardware reader would be chosen here instead; see id-card-reader.ts).
  const reader = useMemo(
    () => manualEntryReader(() => new Promise<Entered>((resolve) => setAsking(() => resolve))),
    [],
  );
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);

  const readCard = async () => {
    try {
      const reading = await reader.read();
      setCard({ tail: idNumberTail(reading), name: maskedName(reading.name) });
    } catch (error) {
      if (!(error instanceof IdCardReadError)) throw error;
    } finally {
      setAsking(undefined);
      readButton.current?.focus();
    }
  };

  const errors = state.errors ?? {};
  const result = state.status === 'found' ? state.result : undefined;
  return (
    <>
      <form action={formAction} className="form kiosk-form" noValidate autoComplete="off" hidden={asking !== undefined}>
        <TextField
          id="kiosk-case-number"
          name="caseNumber"
          label={lookup('caseNumber')}
          hint={lookup('caseNumberHint')}
          error={errors.caseNumber ? lookup(errors.caseNumber) : undefined}
          required
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          defaultValue={state.values?.caseNumber ?? ''}
        />
        <div className="field">
          <p className="kiosk-card-state" role="status">
            {card ? t('idCardRead', { name: card.name, tail: card.tail.slice(-4) }) : null}
          </p>
          {errors.idTail ? <p className="field-error">{lookup(errors.idTail)}</p> : null}
          {card ? <input type="hidden" name="idTail" value={card.tail} /> : null}
          <div className="actions kiosk-actions">
            <button ref={readButton} type="button" className="button button-secondary kiosk-button" onClick={readCard}>
              {t('readIdCard')}
            </button>
            {card ? (
              <button type="button" className="button button-secondary kiosk-button" onClick={() => setCard(undefined)}>
                {t('idCardClear')}
              </button>
            ) : null}
          </div>
        </div>
        <TextField
          id="kiosk-lookup-code"
          name="lookupCode"
          label={lookup('lookupCode')}
          hint={lookup('lookupCodeHint')}
          error={errors.lookupCode ? lookup(errors.lookupCode) : undefined}
          autoComplete="off"
          spellCheck={false}
          maxLength={9}
        />
        <button type="submit" className="button kiosk-button" disabled={pending}>
          {lookup('submit')}
        </button>
      </form>

      {asking ? <IdCardEntry onEntered={(entry) => asking(entry)} onCancel={() => asking(undefined)} /> : null}

      {!asking && state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {lookup(state.message)}
        </div>
      ) : null}
      {!asking && result ? (
        <CaseLookupResult result={result} ref={outcome}>
          <div className="actions no-print">
            <PrintButton label={t('trackPrint')} className="button kiosk-button" />
          </div>
        </CaseLookupResult>
      ) : null}
    </>
  );
}
