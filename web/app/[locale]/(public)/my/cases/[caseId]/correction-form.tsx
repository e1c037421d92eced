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
import styles from '@/components/application-form.module.css';
import type { FormRefusal } from '@/components/application-submission';
import { ErrorSummary, type SummaryEntry } from '@/components/error-summary';
import {
  MaterialUploads,
  showsBusyUpload,
  type MaterialUploadsState,
  type UploadLimits,
} from '@/components/material-uploads';
import type { Material } from '@/lib/hall-schemas';
import { sendCorrection, type CorrectionState } from './actions';

interface Props {
  caseId: string;
  itemCode: string;
  version: number;
  form: FormSchema;
  materials: readonly Material[];
  uploadLimits: UploadLimits;
  language: FormLanguage;
  /** The case's current answers, to correct. */
  answers: EditedAnswers;
}

/**
 * The correction (补正) of a case: its form prefilled with the current answers, and an optional new upload
 * per material (new materials replace the old ones). Sent with the case version that was read.
 */
export function CorrectionForm(props: Props) {
  const t = useTranslations('Apply');
  const my = useTranslations('MyCase');
  const [state, dispatch, pending] = useActionState<CorrectionState, FormData>(sendCorrection, { status: 'idle' });
  const [answers, setAnswers] = useState<EditedAnswers>(state.answers ?? props.answers);
  const [uploads, setUploads] = useState<MaterialUploadsState>(state.uploads ?? {});
  const [local, setLocal] = useState<Partial<FormRefusal> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (state.status === 'idle') return;
    setLocal(null);
    setAttempt((n) => n + 1);
  }, [state]);

  const shown = local ?? (state.status === 'refused' ? state : null);
  const fieldErrors = problemMessages(props.form, shown?.problems ?? [], props.language);
  const materialErrors = Object.fromEntries(
    Object.entries(shown?.materialProblems ?? {}).map(([index, problem]) => [
      index,
      t(`materialProblem.${problem}`, { material: props.materials[Number(index)]?.name[props.language] ?? '' }),
    ]),
  );
  const entries: SummaryEntry[] = [
    ...Object.entries(fieldErrors).map(([id, message]) => ({ target: fieldInputId(id), message })),
    ...Object.entries(materialErrors).map(([index, message]) => ({ target: materialFileName(Number(index)), message })),
  ];
  const general =
    shown?.message && (shown.message !== 'invalid' || entries.length === 0) ? t(`message.${shown.message}`) : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set('js', '1');
    props.materials.forEach((_m, index) => data.delete(materialFileName(index)));
    if (showsBusyUpload(event.currentTarget)) {
      setLocal({ message: 'uploading' });
      setAttempt((n) => n + 1);
      return;
    }
    const problems = formProblems(props.form, answersFromFormData(props.form, data), { complete: true });
    if (problems.length > 0) {
      setLocal({ message: 'invalid', problems });
      setAttempt((n) => n + 1);
      return;
    }
    setLocal(null);
    startTransition(() => dispatch(data));
  }

  return (
    <form action={dispatch} onSubmit={onSubmit} className="form" noValidate aria-busy={pending}>
      {general ? (
        <div className="notice notice-error" role="alert" data-testid="form-message">
          {general}
          {shown?.message === 'stale' ? (
            <>
              {' '}
              <a href="">{my('reload')}</a>
            </>
          ) : null}
        </div>
      ) : null}
      <ErrorSummary entries={entries} focusKey={attempt} />
      <input type="hidden" name="caseId" value={props.caseId} />
      <input type="hidden" name="itemCode" value={props.itemCode} />
      <input type="hidden" name="version" value={props.version} />
      <ApplicationFormFields
        schema={props.form}
        language={props.language}
        answers={answers}
        errors={fieldErrors}
        onChange={(id, value) => setAnswers((current) => ({ ...current, [id]: value }))}
      />
      {props.materials.length > 0 ? (
        <fieldset className={styles.section}>
          <legend className={styles.legend}>{t('materialsLegend')}</legend>
          <p className="hint">{my('correctionMaterialsHint')}</p>
          <MaterialUploads
            materials={props.materials}
            language={props.language}
            uploads={uploads}
            setUploads={setUploads}
            errors={materialErrors}
            limits={props.uploadLimits}
          />
        </fieldset>
      ) : null}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t('sending') : my('sendCorrection')}
      </button>
    </form>
  );
}
