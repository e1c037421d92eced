'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { manualEntryProblems, normaliseManualEntry, type ManualEntryProblems } from '@/lib/kiosk/id-card-reader';
import { TextField } from '@/components/text-field';

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

  return (
    <section aria-labelledby="id-card-entry-title" className="panel kiosk-id-card" data-testid="id-card-entry">
      <h2 id="id-card-entry-title">{t('idCardManualTitle')}</h2>
      <p>{t('idCardManualIntro')}</p>
      <form onSubmit={submit} className="form" noValidate autoComplete="off">
        <TextField
          ref={nameInput}
          id="id-card-name"
          name="name"
          label={t('idCardName')}
          error={problems.name ? t(problems.name) : undefined}
          autoComplete="off"
          maxLength={40}
        />
        <TextField
          id="id-card-number"
          name="idNumber"
          label={t('idCardNumber')}
          hint={t('idCardNumberHint')}
          error={problems.idNumber ? t(problems.idNumber) : undefined}
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={22}
        />
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
