'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from 'react';
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
import styles from '@/components/application-form.module.css';
import type { FormRefusal, MaterialProblem } from '@/components/application-submission';
import { PickupChoice, type Station } from '@/components/pickup-choice';
import { ErrorSummary, type SummaryEntry } from '@/components/error-summary';
import {
  MaterialUploads,
  materialsPosted,
  showsBusyUpload,
  type MaterialUploadsState,
  type WalletChoice,
  type UploadLimits,
} from '@/components/material-uploads';
import { Link } from '@/i18n/navigation';
import { formatInstant } from '@/lib/dates';
import type { Material } from '@/lib/hall-schemas';
import { applyForService, type ApplyState } from './actions';

interface Props {
  itemCode: string;
  form: FormSchema;
  materials: readonly Material[];
  uploadLimits: UploadLimits;
  language: FormLanguage;
  initialAnswers: EditedAnswers;
  /** The saved draft the form resumes, if any. */
  draft?: { version: number; updatedAt: string };
  prefilled: boolean;
  stations: readonly Station[];
  /** Certificates of the wallet that can stand in for a material, by material number. */
  wallet: Record<number, readonly WalletChoice[]>;
  /** Chosen once per rendered form: sending it twice cannot create a second case. */
  submissionToken: string;
  /** 综合救助 (/relief): the household and chosen programs (JSON), sent with the relief item's form. */
  relief?: string;
}

type Shown = Partial<FormRefusal> & { pickupProblem?: 'stationRequired' };

/**
 * The application form of one item: its schema's fields, one upload per material, the pickup, and two
 * buttons — submit (first, so Enter submits) and save draft. Checked here with the API's own rules before
 * anything is sent; works without script (the server action does the same checks and the uploads).
 */
export function ApplyForm(props: Props) {
  const t = useTranslations('Apply');
  const format = useFormatter();
  const [state, dispatch, pending] = useActionState<ApplyState, FormData>(applyForService, { status: 'idle' });
  const [answers, setAnswers] = useState<EditedAnswers>(state.answers ?? props.initialAnswers);
  const [uploads, setUploads] = useState<MaterialUploadsState>(state.uploads ?? {});
  const [pickup, setPickup] = useState(state.pickup ?? { method: 'download' as const, street: '' });
  const [draft, setDraft] = useState(state.draft ?? props.draft);
  const [local, setLocal] = useState<Shown | null>(null);
  const [attempt, setAttempt] = useState(0);
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === 'idle') return;
    if (state.draft) setDraft(state.draft);
    setLocal(null);
    setAttempt((n) => n + 1);
    if (state.status === 'success' || state.status === 'draftSaved') result.current?.focus();
  }, [state]);

  if (state.status === 'success' && state.caseId && state.caseNumber) {
    return (
      <div className="notice notice-success" role="status" tabIndex={-1} ref={result} data-testid="application-result">
        <h2>{t('successTitle')}</h2>
        <p>{t('successText')}</p>
        <p className="case-number" data-testid="case-number">
          {state.caseNumber}
        </p>
        <p className="actions">
          <Link href={`/my/cases/${encodeURIComponent(state.caseId)}`} className="button">
            {t('viewCase')}
          </Link>
          <a href={`/case-papers/${encodeURIComponent(state.caseId)}/receipt.pdf`} className="button button-secondary">
            {t('downloadReceipt')}
          </a>
        </p>
      </div>
    );
  }

  const shown: Shown | null = local ?? (state.status === 'refused' ? state : null);
  const fieldErrors = problemMessages(props.form, shown?.problems ?? [], props.language);
  const materialErrors = Object.fromEntries(
    Object.entries(shown?.materialProblems ?? {}).map(([index, problem]) => [
      index,
      t(`materialProblem.${problem}`, { material: props.materials[Number(index)]?.name[props.language] ?? '' }),
    ]),
  );
  const entries: SummaryEntry[] = [
    ...Object.entries(fieldErrors).map(([id, message]) => ({ target: fieldInputId(id), message })),
    ...Object.entries(materialErrors).map(([index, message]) => ({
      target: materialFileName(Number(index)),
      message,
    })),
    ...(shown?.pickupProblem ? [{ target: 'pickup-street', message: t('stationRequired') }] : []),
  ];
  const general =
    shown?.message && (shown.message !== 'invalid' || entries.length === 0) ? t(`message.${shown.message}`) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    const draftIntent = data.get('intent') === 'draft';
    data.set('js', '1');
    props.materials.forEach((_m, index) => data.delete(materialFileName(index)));
    const refuse = (shownNow: Shown) => {
      setLocal(shownNow);
      setAttempt((n) => n + 1);
    };
    if (!draftIntent && showsBusyUpload(event.currentTarget)) {
      refuse({ message: 'uploading' });
      return;
    }
    const problems = formProblems(props.form, answersFromFormData(props.form, data), { complete: !draftIntent });
    const materialProblems: Record<number, MaterialProblem> = {};
    const stationMissing = !draftIntent && pickup.method === 'station' && pickup.street === '';
    if (!draftIntent) {
      const posted = materialsPosted(data, props.materials.length);
      props.materials.forEach((material, index) => {
        if (material.required && !posted.includes(index)) materialProblems[index] = 'missing';
      });
    }
    if (problems.length > 0 || Object.keys(materialProblems).length > 0 || stationMissing) {
      refuse({
        message: 'invalid',
        problems,
        materialProblems,
        ...(stationMissing ? { pickupProblem: 'stationRequired' } : {}),
      });
      return;
    }
    setLocal(null);
    startTransition(() => dispatch(data));
  }

  const change = (fieldId: string, value: string | boolean) =>
    setAnswers((current) => ({ ...current, [fieldId]: value }));
  const draftTime = draft ? formatInstant(format, draft.updatedAt) : '';

  return (
    <form action={dispatch} onSubmit={onSubmit} className="form" noValidate aria-busy={pending}>
      {general ? (
        <div className="notice notice-error" role="alert" data-testid="form-message">
          {general}
        </div>
      ) : null}
      <ErrorSummary entries={entries} focusKey={attempt} />
      <p
        className={styles.draftStatus}
        role="status"
        tabIndex={-1}
        ref={state.status === 'draftSaved' ? result : undefined}
        data-testid="draft-status"
      >
        {draft
          ? t(state.status === 'draftSaved' ? 'draftSaved' : 'draftResumed', { time: draftTime })
          : props.prefilled
            ? t('prefilled')
            : ''}
      </p>

      <input type="hidden" name="itemCode" value={props.itemCode} />
      <input type="hidden" name="submissionToken" value={props.submissionToken} />
      {props.relief ? <input type="hidden" name="relief" value={props.relief} /> : null}
      <input type="hidden" name="draftVersion" value={draft?.version ?? 0} />
      <input type="hidden" name="draftSavedAt" value={draft?.updatedAt ?? ''} />

      <ApplicationFormFields
        schema={props.form}
        language={props.language}
        answers={answers}
        errors={fieldErrors}
        onChange={change}
      />

      {props.materials.length > 0 ? (
        <fieldset className={styles.section}>
          <legend className={styles.legend}>{t('materialsLegend')}</legend>
          <p className="hint">{t('materialsHint')}</p>
          <MaterialUploads
            materials={props.materials}
            language={props.language}
            uploads={uploads}
            setUploads={setUploads}
            errors={materialErrors}
            limits={props.uploadLimits}
            wallet={props.wallet}
          />
        </fieldset>
      ) : null}

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

      <div className="actions">
        <button type="submit" name="intent" value="submit" className="button" disabled={pending}>
          {pending ? t('sending') : t('submit')}
        </button>
        <button type="submit" name="intent" value="draft" className="button button-secondary" disabled={pending}>
          {t('saveDraft')}
        </button>
      </div>
    </form>
  );
}
