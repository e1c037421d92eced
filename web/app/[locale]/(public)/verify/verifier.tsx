'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { JSONWebKeySet } from 'jose';
import { nowMs } from '../../../../../functions/src/platform/clock';
import { loadKeys, verifyInBrowser, type BrowserVerification } from '@/lib/certificate-verifier';
import { formatDay } from '@/lib/dates';

/**
 * Paste or scan (the QR code opens this page with the credential after `#`) an e-certificate; its signature
 * is checked here, in the browser, with the district's keys kept from the first visit, so it works offline.
 */
export function Verifier() {
  const t = useTranslations('Verify');
  const locale = useLocale();
  const format = useFormatter();
  const [keys, setKeys] = useState<JSONWebKeySet | undefined>();
  const [keysReady, setKeysReady] = useState(false);
  const [text, setText] = useState('');
  const [result, setResult] = useState<BrowserVerification | undefined>();
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadKeys().then((k) => {
      setKeys(k);
      setKeysReady(true);
      const fromQr = window.location.hash.slice(1);
      if (fromQr) {
        setText(fromQr);
        void verifyInBrowser(fromQr, k, nowMs()).then(setResult);
      }
    });
  }, []);
  useEffect(() => {
    if (result) outcome.current?.focus();
  }, [result]);

  const verify = async (event: React.FormEvent) => {
    event.preventDefault();
    setResult(await verifyInBrowser(text, keys ?? (await loadKeys()), nowMs()));
  };
  const name = (n: { zh: string; en: string } | undefined) => (n ? (locale === 'en' ? n.en : n.zh) : '');

  return (
    <>
      <form className="form" onSubmit={verify} noValidate data-keys-ready={keysReady ? 'true' : 'false'}>
        <div className="field">
          <label htmlFor="credential">{t('credentialLabel')}</label>
          <p id="credential-hint" className="hint">
            {t('credentialHint')}
          </p>
          <textarea
            id="credential"
            name="credential"
            rows={5}
            value={text}
            aria-describedby="credential-hint"
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('verify')}
        </button>
      </form>
      {result && (
        <div
          ref={outcome}
          tabIndex={-1}
          role="status"
          data-testid="verification"
          data-status={result.status}
          data-renewed={'replacedBy' in result && result.replacedBy ? 'true' : undefined}
        >
          <h2>{t(`status.${result.status}`)}</h2>
          {'replacedBy' in result && result.replacedBy ? <p>{t('renewed')}</p> : null}
          {'certificate' in result && (
            <dl>
              <dt>{t('type')}</dt>
              <dd>{name(result.certificate.typeName) || result.certificate.type}</dd>
              <dt>{t('number')}</dt>
              <dd>{result.certificate.number}</dd>
              <dt>{t('holder')}</dt>
              <dd>
                {result.certificate.holder.name}
                {result.certificate.holder.idNumberMasked ? ` (${result.certificate.holder.idNumberMasked})` : ''}
              </dd>
              <dt>{t('issuer')}</dt>
              <dd>{name(result.certificate.issuer?.name)}</dd>
              <dt>{t('validity')}</dt>
              <dd>
                {formatDay(format, result.certificate.validFrom)} –{' '}
                {result.certificate.validUntil ? formatDay(format, result.certificate.validUntil) : t('untilRevoked')}
              </dd>
              {result.certificate.replaces ? (
                <>
                  <dt>{t('replaces')}</dt>
                  <dd>{result.certificate.replaces.number}</dd>
                </>
              ) : null}
            </dl>
          )}
          {'certificate' in result && !result.revocationChecked && <p>{t('revocationNotChecked')}</p>}
        </div>
      )}
    </>
  );
}
