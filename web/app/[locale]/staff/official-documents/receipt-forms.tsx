import { getTranslations } from 'next-intl/server';
import { handlingModes, type HandlingMode } from '../../../../../functions/src/official-documents/receipt-model';
import { StepSection } from './step-form';

/**
 * The forms of a received document's steps (收文): the clerk's proposal (拟办: how, and the readers of a
 * circulation), the head's decision (批办: agree, or change to the mode chosen, with an opinion), a named
 * reader's reading (传阅, with an optional remark) and the closing of a circulation. Plain forms posting to the
 * server action: each works without script.
 */

async function ModeChoice({ id, defaultMode }: { id: string; defaultMode?: HandlingMode }) {
  const t = await getTranslations('OfficialDocuments');
  return (
    <fieldset className="field" data-testid={`${id}-mode`}>
      <legend>{t('fields.mode')}</legend>
      {handlingModes.map((mode) => (
        <label key={mode} className="checkbox">
          <input type="radio" name="mode" value={mode} defaultChecked={mode === defaultMode} required={!!defaultMode} />
          {t(`mode.${mode}`)}
        </label>
      ))}
    </fieldset>
  );
}

async function ReadersField({ id, help, defaultValue }: { id: string; help: string; defaultValue?: string }) {
  const t = await getTranslations('OfficialDocuments');
  return (
    <div className="field">
      <label htmlFor={`${id}-readers`}>{t('fields.readers')}</label>
      <input
        id={`${id}-readers`}
        name="readers"
        type="text"
        autoComplete="off"
        aria-describedby={`${id}-readers-help`}
        defaultValue={defaultValue}
      />
      <p id={`${id}-readers-help`} className="muted">
        {help}
      </p>
    </div>
  );
}

/** The document clerk's proposal (拟办). */
export async function ProposeForm({ id }: { id: string }) {
  const t = await getTranslations('OfficialDocuments');
  const submit = (
    <button type="submit" className="button">
      {t('do.propose')}
    </button>
  );
  return (
    <StepSection id={id} action="propose" buttons={submit}>
      <ModeChoice id="propose" defaultMode="handle" />
      <ReadersField id="propose" help={t('readersHelp')} />
      <div className="field">
        <label htmlFor="propose-proposal">{t('fields.proposal')}</label>
        <textarea id="propose-proposal" name="proposal" rows={3} maxLength={1000} minLength={2} required />
      </div>
    </StepSection>
  );
}

/** The head's decision (批办): agree with the proposal (readers may be named anew), or change the mode. */
export async function DecideForm({
  id,
  proposal,
}: {
  id: string;
  proposal?: { mode: HandlingMode; readers?: string[] };
}) {
  const t = await getTranslations('OfficialDocuments');
  const decisions = (['agree', 'change'] as const).map((d) => (
    <button key={d} type="submit" name="decision" value={d} className={d === 'change' ? 'button-secondary' : 'button'}>
      {t(`receiptDecision.${d}`)}
    </button>
  ));
  return (
    <StepSection id={id} action="decide" buttons={decisions}>
      <ModeChoice id="decide" />
      <ReadersField id="decide" help={t('agreeReadersHelp')} defaultValue={proposal?.readers?.join(', ')} />
      <div className="field">
        <label htmlFor="decide-opinion">{t('opinion')}</label>
        <textarea id="decide-opinion" name="opinion" rows={3} maxLength={1000} minLength={2} required />
      </div>
    </StepSection>
  );
}

/** A named reader's reading (传阅), with an optional remark. */
export async function ReadForm({ id }: { id: string }) {
  const t = await getTranslations('OfficialDocuments');
  const submit = (
    <button type="submit" className="button">
      {t('do.read')}
    </button>
  );
  return (
    <StepSection id={id} action="read" buttons={submit}>
      <div className="field">
        <label htmlFor="read-remark">{t('fields.remark')}</label>
        <textarea id="read-remark" name="remark" rows={2} maxLength={500} />
      </div>
    </StepSection>
  );
}
