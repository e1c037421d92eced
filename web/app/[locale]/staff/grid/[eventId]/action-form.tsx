'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { GridPhotoInput } from '@/components/grid-photo-input';
import { actOnEvent, type EventActionState } from './actions';

/**
 * The step the signed-in staff member may take now: the dispatcher registers (立案) or declines, then dispatches
 * (派遣) to a department; the department records its handling (处置); the street's inspector verifies and closes
 * (核查、结案) or returns it. Each button is one action; the note says what was done or why.
 */
export function EventActionForm({
  eventId,
  version,
  actions,
  departments,
  defaultDepartment,
  maxPhotos,
}: {
  eventId: string;
  version: number;
  actions: readonly string[];
  departments: readonly { code: string; name: string }[];
  defaultDepartment: string;
  maxPhotos: number;
}) {
  const t = useTranslations('StaffGrid');
  const tp = useTranslations('GridPhotos');
  const [state, formAction, pending] = useActionState<EventActionState, FormData>(actOnEvent, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);
  const dispatching = actions.includes('dispatch');
  const withNote = actions.some((a) => a !== 'dispatch');
  const photoProblem = state.photo
    ? tp(`problems.${state.photo.problem}`, { fileName: state.photo.fileName ?? '', count: maxPhotos })
    : undefined;
  return (
    <form action={formAction} className="form" noValidate aria-labelledby="act-title" data-testid="event-actions">
      <h2 id="act-title">{t('actTitle')}</h2>
      {state.status === 'done' && state.action ? (
        <div className="notice" role="status" tabIndex={-1} ref={outcome} data-testid="action-done">
          {t(`done.${state.action}` as 'done.register')}
        </div>
      ) : null}
      {state.status === 'refused' && (state.message || photoProblem) ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {state.message ? t(`message.${state.message}`) : photoProblem}
        </div>
      ) : null}
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      {dispatching ? (
        <div className="field">
          <label htmlFor="department">{t('department')}</label>
          <select id="department" name="department" defaultValue={defaultDepartment}>
            {departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {withNote ? (
        <div className="field">
          <label htmlFor="note">{t('note')}</label>
          <p id="note-hint" className="hint">
            {t('noteHint')}
          </p>
          <textarea
            id="note"
            name="note"
            rows={3}
            maxLength={1000}
            defaultValue={state.status === 'refused' ? state.note : ''}
            aria-describedby="note-hint"
          />
        </div>
      ) : null}
      {actions.includes('handle') ? (
        <GridPhotoInput
          label={tp('resultLabel')}
          max={maxPhotos}
          {...(photoProblem ? { problem: photoProblem } : {})}
        />
      ) : null}
      <div className="actions">
        {actions.map((action) => (
          <button
            key={action}
            type="submit"
            name="action"
            value={action}
            className={action === 'decline' || action === 'return' ? 'button button-secondary' : 'button'}
            disabled={pending}
          >
            {t(`actions.${action}` as 'actions.register')}
          </button>
        ))}
      </div>
    </form>
  );
}
