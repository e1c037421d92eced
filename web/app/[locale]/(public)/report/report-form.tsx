'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { CalendarDay } from '@/components/date-time';
import { GridLocationPicker } from '@/components/grid-location-picker';
import { Link } from '@/i18n/navigation';
import type { GridCategory } from '@/lib/grid-api';
import type { GridDrawing } from '@/lib/grid-drawing';
import { reportProblem, type ReportState } from './actions';

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}

/** The report form (category, description, place), then its receipt with the event number to follow. */
export function ReportForm({
  categories,
  drawing,
  submissionToken,
}: {
  categories: readonly GridCategory[];
  drawing: GridDrawing;
  submissionToken: string;
}) {
  const t = useTranslations('GridReport');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<ReportState, FormData>(reportProblem, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  const name = (c: GridCategory) => (locale === 'en' ? c.name.en : c.name.zh);
  const limit = (c: GridCategory) =>
    c.limit.unit === 'hours' ? t('limitHours', { value: c.limit.value }) : t('limitDays', { value: c.limit.value });

  if (state.status === 'reported' && state.event) {
    const { event } = state;
    return (
      <section
        className="panel"
        tabIndex={-1}
        ref={outcome}
        aria-labelledby="receipt-title"
        data-testid="report-receipt"
      >
        <h2 id="receipt-title">{t('receiptTitle')}</h2>
        <dl className="details">
          <dt>{t('eventNumber')}</dt>
          <dd data-testid="event-number">{event.eventId}</dd>
          <dt>{t('cell')}</dt>
          <dd>
            {event.streetName} · {event.cellName}
          </dd>
          <dt>{t('dueDate')}</dt>
          <dd>
            <CalendarDay value={event.dueDate} />
          </dd>
        </dl>
        <Link href={`/report/${encodeURIComponent(event.eventId)}`}>{t('follow')}</Link>
      </section>
    );
  }

  const refused = new Set(state.errors ?? []);
  const errors = Object.fromEntries([...refused].map((f) => [f, t(`errors.${f}` as 'errors.category')])) as Record<
    string,
    string
  >;
  const v = state.values ?? {};
  const described = (id: string) => (errors[id] ? `${id}-error` : undefined);
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="submissionToken" value={submissionToken} />
      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {t(`message.${state.message}`)}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="category">{t('category')}</label>
        <FieldError id="category" message={errors.category} />
        <select
          id="category"
          name="category"
          defaultValue={v.category ?? ''}
          aria-describedby={described('category')}
          required
        >
          <option value="">{t('chooseCategory')}</option>
          {(['event', 'component'] as const).map((kind) => (
            <optgroup key={kind} label={t(`kinds.${kind}`)}>
              {categories
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {name(c)}（{limit(c)}）
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="description">{t('description')}</label>
        <p id="description-hint" className="hint">
          {t('descriptionHint')}
        </p>
        <FieldError id="description" message={errors.description} />
        <textarea
          id="description"
          name="description"
          rows={4}
          maxLength={1000}
          defaultValue={v.description}
          aria-describedby={['description-hint', described('description')].filter(Boolean).join(' ')}
          required
        />
      </div>
      <GridLocationPicker
        drawing={drawing}
        initial={{ lat: v.lat, lng: v.lng }}
        errors={{ lat: errors.lat, lng: errors.lng }}
      />
      <div className="field">
        <label htmlFor="address">{t('address')}</label>
        <FieldError id="address" message={errors.address} />
        <input
          id="address"
          name="address"
          type="text"
          maxLength={120}
          defaultValue={v.address}
          aria-describedby={described('address')}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t('send')}
      </button>
    </form>
  );
}
