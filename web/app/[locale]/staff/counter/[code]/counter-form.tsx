'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import {
  answersFromFormData,
  fieldInputId,
  formProblems,
  materialFileName,
  problemMessages,
  type EditedAnswers,
  type FormLanguage,
  type FormSchema,
} from '@/components/application-answers';
import { ApplicationFormFields } from '@/components/application-form-fields';
import formStyles from '@/components/application-form.module.css';
import type { FormMessage, MaterialProblem } from '@/components/application-submission';
import { PickupChoice, type Station } from '@/components/pickup-choice';
import { ErrorSummary, type SummaryEntry } from '@/components/error-summary';
import {
  MaterialUploads,
  materialsPosted,
  showsBusyUpload,
  type MaterialUploadsState,
  type UploadLimits,
} from '@/components/material-uploads';
import type { Material } from '@/lib/hall-schemas';
import { prefillAnswers, registrySourceValues } from '../../../../../../functions/src/forms/registry-prefill';
import { fileCounterCase, type CounterPickup, type CounterState } from './actions';
import { ApplicantLookup } from './applicant-lookup';
import type { ApplicantRecord } from './lookup-action';

interface Props {
  itemCode: string;
  form: FormSchema;
  materials: readonly Material[];
  uploadLimits: UploadLimits;
  language: FormLanguage;
  /** The clerk's own street, the default pickup station. */
  street: string;
  stations: readonly Station[];
  /** Chosen once per rendered form: sending it twice cannot file a second case. */
  submissionToken: string;
  /** 综合救助 (/staff/counter/relief): the household and chosen programs (JSON), sent with the relief item's form. */
  relief?: string;
}

type Shown = Pick<CounterState, 'message' | 'problems' | 'materialProblems' | 'identityProblem' | 'pickupProblem'>;

/** General messages the counter form words itself; anything else reads as the generic one. */
const counterMessages: readonly FormMessage[] = ['invalid', 'uploading', 'notPublished', 'signedOut', 'forbidden'];

/**
 * The item's application form, filled in by the clerk for the citizen at the counter: the form's fields,
 * one scan upload per material, the confirmation that the ID card was checked in person, and the pickup.
 * Checked here with the API's rules before it is sent; works without script (the action checks again).
 */
export function CounterForm(props: Props) {
  const t = useTranslations('Counter');
  const apply = useTranslations('Apply');
  const [state, dispatch, pending] = useActionState<CounterState, FormData>(fileCounterCase, { status: 'idle' });
  const [answers, setAnswers] = useState<EditedAnswers>(state.answers ?? {});
  const [uploads, setUploads] = useState<MaterialUploadsState>(state.uploads ?? {});
  const [pickup, setPickup] = useState<CounterPickup>(state.pickup ?? { method: 'download', street: props.street });
  const [identityChecked, setIdentityChecked] = useState(state.identityChecked ?? false);
  const [local, setLocal] = useState<Shown | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (state.status === 'idle') return;
    setLocal(null);
    setAttempt((n) => n + 1);
  }, [state]);

  const shown: Shown | null = local ?? (state.status === 'refused' ? state : null);
  const fieldErrors = problemMessages(props.form, shown?.problems ?? [], props.language);
  const materialErrors = Object.fromEntries(
    Object.entries(shown?.materialProblems ?? {}).map(([index, problem]) => [
      index,
      apply(`materialProblem.${problem}`, { material: props.materials[Number(index)]?.name[props.language] ?? '' }),
    ]),
  );
  const entries: SummaryEntry[] = [
    ...Object.entries(fieldErrors).map(([id, message]) => ({ target: fieldInputId(id), message })),
    ...Object.entries(materialErrors).map(([index, message]) => ({
      target: materialFileName(Number(index)),
      message,
    })),
    ...(shown?.identityProblem ? [{ target: 'identity-checked', message: t('identityRequired') }] : []),
    ...(shown?.pickupProblem ? [{ target: 'pickup-street', message: t('stationRequired') }] : []),
  ];
  const general =
    shown?.message && (shown.message !== 'invalid' || entries.length === 0)
      ? t(`message.${counterMessages.includes(shown.message) ? (shown.message as 'invalid') : 'generic'}`)
      : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('js', '1');
    props.materials.forEach((_m, index) => data.delete(materialFileName(index)));
    const refuse = (now: Shown) => {
      setLocal(now);
      setAttempt((n) => n + 1);
    };
    if (showsBusyUpload(event.currentTarget)) {
      refuse({ message: 'uploading' });
      return;
    }
    const problems = formProblems(props.form, answersFromFormData(props.form, data), { complete: true });
    const posted = materialsPosted(data, props.materials.length);
    const materialProblems: Record<number, MaterialProblem> = {};
    props.materials.forEach((material, index) => {
      if (material.required && !posted.includes(index)) materialProblems[index] = 'missing';
    });
    const pickupProblem = pickup.method === 'station' && pickup.street === '';
    if (problems.length > 0 || Object.keys(materialProblems).length > 0 || !identityChecked || pickupProblem) {
      refuse({ message: 'invalid', problems, materialProblems, identityProblem: !identityChecked, pickupProblem });
      return;
    }
    setLocal(null);
    startTransition(() => dispatch(data));
  }

  /** The looked-up registry record fills the form's fields that have a prefill source (the clerk checks them). */
  function fillFromRegistry(person: ApplicantRecord) {
    const fields = props.form.sections.flatMap((section) => section.fields);
    setAnswers((current) => ({ ...current, ...prefillAnswers(fields, registrySourceValues(person)) }));
  }

  return (
    <>
      <ApplicantLookup onFound={fillFromRegistry} />
      <form action={dispatch} onSubmit={onSubmit} className="form" noValidate aria-busy={pending}>
        {general ? (
          <div className="notice notice-error" role="alert" data-testid="form-message">
            {general}
          </div>
        ) : null}
        <ErrorSummary entries={entries} focusKey={attempt} />
        <input type="hidden" name="itemCode" value={props.itemCode} />
        <input type="hidden" name="submissionToken" value={props.submissionToken} />
        {props.relief ? <input type="hidden" name="relief" value={props.relief} /> : null}

        <ApplicationFormFields
          schema={props.form}
          language={props.language}
          answers={answers}
          errors={fieldErrors}
          onChange={(fieldId, value) => setAnswers((current) => ({ ...current, [fieldId]: value }))}
        />

        {props.materials.length > 0 ? (
          <fieldset className={formStyles.section}>
            <legend className={formStyles.legend}>{t('materialsLegend')}</legend>
            <p className="hint">{t('materialsHint')}</p>
            <MaterialUploads
              showFingerprints
              materials={props.materials}
              language={props.language}
              uploads={uploads}
              setUploads={setUploads}
              errors={materialErrors}
              limits={props.uploadLimits}
            />
          </fieldset>
        ) : null}

        <fieldset className={formStyles.section}>
          <legend className={formStyles.legend}>{t('identityLegend')}</legend>
          <div className="field">
            {shown?.identityProblem ? (
              <p id="identity-checked-error" className="field-error">
                {t('identityRequired')}
              </p>
            ) : null}
            <label htmlFor="identity-checked" className="checkbox">
              <input
                id="identity-checked"
                name="identityChecked"
                type="checkbox"
                value="true"
                checked={identityChecked}
                required
                aria-invalid={shown?.identityProblem ? true : undefined}
                aria-describedby={shown?.identityProblem ? 'identity-checked-error' : undefined}
                onChange={(event) => setIdentityChecked(event.target.checked)}
              />
              <span>{t('identityChecked')}</span>
            </label>
          </div>
        </fieldset>

        <PickupChoice
          value={pickup}
          onChange={setPickup}
          stations={props.stations}
          problem={Boolean(shown?.pickupProblem)}
          labels={{
            legend: t('pickupLegend'),
            download: t('pickupDownload'),
            station: t('pickupStation'),
            place: t('stationLabel'),
            required: t('stationRequired'),
          }}
        />

        {state.accountMatch && state.accountMatch.kind !== 'none' ? (
          <fieldset className={formStyles.section} data-testid="account-match">
            <legend className={formStyles.legend}>{t('accountLegend')}</legend>
            {state.accountMatch.kind === 'verified' ? (
              <div className="choice">
                <input
                  type="radio"
                  id="join-account"
                  name="joinAccount"
                  value={state.accountMatch.account.ref}
                  required
                />
                <label htmlFor="join-account">
                  {t('accountJoin', {
                    name: state.accountMatch.account.nameMasked,
                    phone: state.accountMatch.account.phoneMasked ?? '—',
                  })}
                </label>
              </div>
            ) : (
              <p className="hint">
                {t(state.accountMatch.kind === 'ambiguous' ? 'accountAmbiguous' : 'accountUnverified', {
                  names: state.accountMatch.accounts.map((a) => a.nameMasked).join('、'),
                })}
              </p>
            )}
            {state.accountMatch.kind === 'verified' && state.accountMatch.others.length > 0 ? (
              <p className="hint">
                {t('accountUnverified', { names: state.accountMatch.others.map((a) => a.nameMasked).join('、') })}
              </p>
            ) : null}
            <div className="choice">
              <input
                type="radio"
                id="join-none"
                name="joinAccount"
                value="none"
                defaultChecked={state.accountMatch.kind !== 'verified'}
              />
              <label htmlFor="join-none">{t('accountNone')}</label>
            </div>
          </fieldset>
        ) : null}

        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('sending') : t('submit')}
          </button>
        </div>
      </form>
    </>
  );
}
