'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { manualEntryProblems, normaliseManualEntry, type ManualEntryProblems } from '@/lib/kiosk/id-card-reader';

/**
 * The manual-entry adapter's form (lib/kiosk/id-card-reader-manual.ts): name and resident ID number as the
 * card shows them, checked before they are handed on. Nothing is autocompleted or kept by the browser.
 */
export function IdCardEntry({
  onEntered,
  onCancel,
}: {
  onEntered: (entry: { name: string; idNumber: string }) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('Kiosk');
  const [problems, setProblems] = useState<ManualEntryProblems>({});
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const entry = normaliseManualEntry({
      name: String(data.get('name') ?? ''),
      idNumber: String(data.get('idNumber') ?? ''),
    });
    const found = manualEntryProblems(entry);
    if (found) {
      setProblems(found);
      return;
    }
    onEntered(entry);
  };
  const described = (id: 'name' | 'idNumber', hint?: string) =>
    [hint, problems[id] ? `id-card-${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <section aria-labelledby="id-card-entry-title" className="panel kiosk-id-card" data-testid="id-card-entry">
      <h2 id="id-card-entry-title">{t('idCardManualTitle')}</h2>
      <p>{t('idCardManualIntro')}</p>
      <form onSubmit={submit} className="form" noValidate autoComplete="off">
        <div className="field">
          <label htmlFor="id-card-name">{t('idCardName')}</label>
          {problems.name ? (
            <p id="id-card-name-error" className="field-error">
              {t(problems.name)}
            </p>
          ) : null}
          <input
            ref={nameInput}
            id="id-card-name"
            name="name"
            type="text"
            autoComplete="off"
            maxLength={40}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={described('name')}
          />
        </div>
        <div className="field">
          <label htmlFor="id-card-number">{t('idCardNumber')}</label>
          <p id="id-card-number-hint" className="hint">
            {t('idCardNumberHint')}
          </p>
          {problems.idNumber ? (
            <p id="id-card-idNumber-error" className="field-error">
              {t(problems.idNumber)}
            </p>
          ) : null}
          <input
            id="id-card-number"
            name="idNumber"
            type="text"
            inputMode="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={22}
            aria-invalid={problems.idNumber ? true : undefined}
            aria-describedby={described('idNumber', 'id-card-number-hint')}
          />
        </div>
        <div className="actions kiosk-actions">
          <button type="submit" className="button kiosk-button">
            {t('idCardConfirm')}
          </button>
          <button type="button" className="button button-secondary kiosk-button" onClick={onCancel}>
            {t('idCardCancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
