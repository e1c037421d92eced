'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { revealProfile, type RevealResult } from './actions';

/** "Show full values": asks the server each time (audited), keeps the answer only while it is on screen. */
export function RevealPanel() {
  const t = useTranslations('Profile');
  const errorsT = useTranslations('Errors');
  const [result, setResult] = useState<RevealResult | undefined>();
  const [pending, startTransition] = useTransition();

  if (result?.ok) {
    return (
      <div className="notice" role="status" data-testid="revealed">
        <p>{t('revealedNote')}</p>
        <dl className="details">
          {result.phone ? (
            <>
              <dt>{t('phoneLabel')}</dt>
              <dd data-field="phone">{result.phone}</dd>
            </>
          ) : null}
          {result.idNumber ? (
            <>
              <dt>{t('idNumberLabel')}</dt>
              <dd data-field="idNumber">{result.idNumber}</dd>
            </>
          ) : null}
        </dl>
        <button type="button" className="button button-secondary" onClick={() => setResult(undefined)}>
          {t('hide')}
        </button>
      </div>
    );
  }
  return (
    <div className="actions">
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        onClick={() => startTransition(async () => setResult(await revealProfile()))}
      >
        {t('reveal')}
      </button>
      {result && !result.ok ? (
        <p role="alert" className="field-error">
          {errorsT(result.message)}
        </p>
      ) : null}
    </div>
  );
}
