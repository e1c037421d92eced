'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { addEntityAgent, bindEntity, removeEntityAgent, type EntityFormState } from './entity-actions';

/** One field and its button, with the API's refusal under the field. */
function EntityForm(props: {
  action: (previous: EntityFormState, data: FormData) => Promise<EntityFormState>;
  name: string;
  label: string;
  hint?: string;
  invalid: string;
  submit: string;
  busy: string;
  done: string;
  maxLength: number;
  testId: string;
}) {
  const [state, dispatch, pending] = useActionState(props.action, { status: 'idle' });
  const id = `entity-${props.name}`;
  const refused = state.status === 'refused';
  const described = [props.hint ? `${id}-hint` : '', refused ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <form action={dispatch} className="form" aria-busy={pending} data-testid={props.testId}>
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        {props.hint ? (
          <p id={`${id}-hint`} className="hint">
            {props.hint}
          </p>
        ) : null}
        {refused ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {state.message ?? props.invalid}
          </p>
        ) : null}
        <input
          id={id}
          name={props.name}
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={props.maxLength}
          required
          defaultValue={state.value ?? ''}
          key={state.value ?? ''}
          aria-invalid={refused ? true : undefined}
          aria-describedby={described || undefined}
        />
      </div>
      {state.status === 'done' ? (
        <p className="notice notice-success" role="status">
          {props.done}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? props.busy : props.submit}
        </button>
      </div>
    </form>
  );
}

/** Binding the account to an entity by credit code. */
export function BindEntityForm() {
  const t = useTranslations('Profile');
  return (
    <EntityForm
      action={bindEntity}
      name="creditCode"
      label={t('creditCodeLabel')}
      hint={t('creditCodeHint')}
      invalid={t('creditCodeInvalid')}
      submit={t('bind')}
      busy={t('binding')}
      done={t('bound')}
      maxLength={18}
      testId="bind-entity"
    />
  );
}

/** The representative authorises an agent by ID number. */
export function AddAgentForm() {
  const t = useTranslations('Profile');
  return (
    <EntityForm
      action={addEntityAgent}
      name="agentIdNumber"
      label={t('agentIdLabel')}
      invalid={t('idNumberInvalid')}
      submit={t('agentAdd')}
      busy={t('agentAdding')}
      done={t('agentAdded')}
      maxLength={18}
      testId="add-agent"
    />
  );
}

/** One agent's withdraw button (撤销授权), named with the agent's masked number; a refusal shows beside it. */
export function RemoveAgentButton({ agentId, idNumberMasked }: { agentId: string; idNumberMasked: string }) {
  const t = useTranslations('Profile');
  const [state, dispatch, pending] = useActionState(removeEntityAgent, { status: 'idle' });
  return (
    <form action={dispatch} className="inline-form" aria-busy={pending}>
      <input type="hidden" name="agentId" value={agentId} />
      <button type="submit" className="button button-secondary" disabled={pending}>
        {pending ? t('agentRemoving') : t('agentRemove', { id: idNumberMasked })}
      </button>
      {state.status === 'refused' ? (
        <span className="field-error" role="alert">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
