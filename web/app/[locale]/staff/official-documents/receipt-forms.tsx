import { getTranslations } from 'next-intl/server';
import { handlingModes, type HandlingMode } from '../../../../../functions/src/official-documents/receipt-model';
import { actOnDocument } from './actions';

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

function Hidden({ id, action }: { id: string; action: string }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="action" value={action} />
    </>
  );
}

/** The document clerk's proposal (拟办). */
export async function ProposeForm({ id }: { id: string }) {
  const t = await getTranslations('OfficialDocuments');
  return (
    <section aria-labelledby="propose-heading">
      <h2 id="propose-heading">{t('step.propose')}</h2>
      <form action={actOnDocument} className="form" data-testid="propose-form">
        <Hidden id={id} action="propose" />
        <ModeChoice id="propose" defaultMode="handle" />
        <ReadersField id="propose" help={t('readersHelp')} />
        <div className="field">
          <label htmlFor="propose-proposal">{t('fields.proposal')}</label>
          <textarea id="propose-proposal" name="proposal" rows={3} maxLength={1000} minLength={2} required />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('do.propose')}
          </button>
        </div>
      </form>
    </section>
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
  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">{t('step.decide')}</h2>
      <form action={actOnDocument} className="form" data-testid="decide-form">
        <Hidden id={id} action="decide" />
        <ModeChoice id="decide" />
        <ReadersField id="decide" help={t('agreeReadersHelp')} defaultValue={proposal?.readers?.join(', ')} />
        <div className="field">
          <label htmlFor="decide-opinion">{t('opinion')}</label>
          <textarea id="decide-opinion" name="opinion" rows={3} maxLength={1000} minLength={2} required />
        </div>
        <div className="actions">
          {(['agree', 'change'] as const).map((d) => (
            <button
              key={d}
              type="submit"
              name="decision"
              value={d}
              className={d === 'change' ? 'button-secondary' : 'button'}
            >
              {t(`receiptDecision.${d}`)}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

/** A named reader's reading (传阅), with an optional remark. */
export async function ReadForm({ id }: { id: string }) {
  const t = await getTranslations('OfficialDocuments');
  return (
    <section aria-labelledby="read-heading">
      <h2 id="read-heading">{t('step.read')}</h2>
      <form action={actOnDocument} className="form" data-testid="read-form">
        <Hidden id={id} action="read" />
        <div className="field">
          <label htmlFor="read-remark">{t('fields.remark')}</label>
          <textarea id="read-remark" name="remark" rows={2} maxLength={500} />
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('do.read')}
          </button>
        </div>
      </form>
    </section>
  );
}
