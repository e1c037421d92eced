'use client';

import { useLocale, useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
import { reportProblem, type ReportState } from '@/app/[locale]/(hall)/report/actions';
import { CalendarDay } from '@/components/date-time';
import { GridLocationPicker } from '@/components/grid-location-picker';
import { GridPhotoInput } from '@/components/grid-photo-input';
import { ReportOutboxList } from '@/components/report-outbox-list';
import { useReportOutbox } from '@/components/use-report-outbox';
import { Link } from '@/i18n/navigation';
import type { GridCategory } from '@/lib/grid-api';
import type { GridDrawing } from '@/lib/grid-drawing';

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}

const fieldNames = ['category', 'description', 'lat', 'lng', 'address'] as const;
type FormState = ReportState | { status: 'queued' };

/**
 * The report form (category, description, photos, place), then its receipt with the event number to follow — a
 * citizen's on /report, an inspector's on /staff/grid/report. Without a network (offline, or a send that never
 * got through) the report is kept on the device, shown as 待发送, and sent by itself when the network returns
 * (已发送, with its event number); the form starts a new report at once. Without script the form posts its fields
 * and photos to the server action itself and the page shows the refusal or the receipt; with script the submit
 * is taken over so that a report without a network is kept. Only the signed-in `owner`'s kept reports are shown
 * and sent.
 */
export function ReportForm({
  categories,
  drawing,
  submissionToken,
  followBase,
  maxPhotos,
  owner,
}: {
  categories: readonly GridCategory[];
  drawing: GridDrawing;
  submissionToken: string;
  /** Where a reported event is followed: `/report` (citizens) or `/staff/grid` (staff). */
  followBase: string;
  maxPhotos: number;
  /** The signed-in subject, as the server page read it from the session: whose kept reports these are. */
  owner: string;
}) {
  const t = useTranslations('GridReport');
  const tp = useTranslations('GridPhotos');
  const locale = useLocale();
  const [token, setToken] = useState(submissionToken);
  const [suggested, setSuggested] = useState<{ lat: number; lng: number }>();
  const outbox = useReportOutbox(reportProblem, fieldNames, owner);

  async function send(previous: FormState, data: FormData): Promise<FormState> {
    const queue = async () => {
      await outbox.keep(data);
      setToken(crypto.randomUUID());
      setSuggested(undefined);
      return { status: 'queued' } as const;
    };
    if (!navigator.onLine) return queue();
    try {
      return await reportProblem(previous.status === 'queued' ? { status: 'idle' } : previous, data);
    } catch {
      return queue(); // the network failed mid-way: kept, and sent again with the same token
    }
  }
  // Posted without script (the server action itself: the answer comes back with the page) …
  const [posted, postAction] = useActionState<ReportState, FormData>(reportProblem, { status: 'idle' });
  // … or sent with script, through the outbox when there is no network.
  const [sent, sendAction, pending] = useActionState<FormState, FormData>(send, { status: 'idle' });
  const state: FormState = sent.status === 'idle' ? posted : sent;
  function intercept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => sendAction(data));
  }
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  const name = (c: GridCategory) => (locale === 'en' ? c.name.en : c.name.zh);
  const limit = (c: GridCategory) =>
    c.limit.unit === 'hours' ? t('limitHours', { value: c.limit.value }) : t('limitDays', { value: c.limit.value });
  const outboxList = <ReportOutboxList items={outbox.items} followBase={followBase} onDiscard={outbox.discard} />;

  if (state.status === 'reported' && state.event) {
    const { event } = state;
    return (
      <>
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
          <Link href={`${followBase}/${encodeURIComponent(event.eventId)}`}>{t('follow')}</Link>
        </section>
        {outboxList}
      </>
    );
  }

  const refused = state.status === 'refused' ? state : undefined;
  const errors = Object.fromEntries(
    (refused?.errors ?? []).map((f) => [f, t(`errors.${f}` as 'errors.category')]),
  ) as Record<string, string>;
  const v = refused?.values ?? {};
  const photoProblem = refused?.photo
    ? tp(`problems.${refused.photo.problem}`, { fileName: refused.photo.fileName ?? '', count: maxPhotos })
    : undefined;
  const described = (id: string) => (errors[id] ? `${id}-error` : undefined);
  return (
    <>
      {outboxList}
      <form key={token} action={postAction} onSubmit={intercept} className="form" noValidate>
        <input type="hidden" name="submissionToken" value={token} />
        {state.status === 'queued' ? (
          <div className="notice" role="status" tabIndex={-1} ref={outcome} data-testid="report-kept">
            {t('kept')}
          </div>
        ) : null}
        {refused && (refused.message || photoProblem) ? (
          <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
            {refused.message ? t(`message.${refused.message}`) : photoProblem}
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
        <GridPhotoInput
          label={tp('label')}
          max={maxPhotos}
          onLocation={(location) => setSuggested({ ...location })}
          {...(photoProblem ? { problem: photoProblem } : {})}
        />
        <GridLocationPicker
          drawing={drawing}
          initial={{ lat: v.lat, lng: v.lng }}
          errors={{ lat: errors.lat, lng: errors.lng }}
          {...(suggested ? { suggested } : {})}
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
    </>
  );
}
