import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { actOnDocument } from './actions';

type StepAction = 'review' | 'sign' | 'register' | 'propose' | 'decide' | 'complete' | 'read' | 'close';

/** A step's section: its heading and a form posting the step (the document's id and the action) with its buttons. */
export async function StepSection({
  id,
  action,
  children,
  buttons,
}: {
  id: string;
  action: StepAction;
  children: ReactNode;
  buttons: ReactNode;
}) {
  const t = await getTranslations('OfficialDocuments');
  return (
    <section aria-labelledby={`${action}-heading`}>
      <h2 id={`${action}-heading`}>{t(`step.${action}`)}</h2>
      <form action={actOnDocument} className="form" data-testid={`${action}-form`}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="action" value={action} />
        {children}
        <div className="actions">{buttons}</div>
      </form>
    </section>
  );
}

/**
 * A step with an opinion: the head's review (核稿), the signer's signing (签发), a recipient's registration
 * (登记, the opinion optional), handling (办结) and the closing of a circulation (结束传阅). Each decision is a
 * button of its own.
 */
export async function StepForm({
  id,
  action,
  decisions,
  optional = false,
}: {
  id: string;
  action: 'review' | 'sign' | 'register' | 'complete' | 'close';
  decisions: readonly ('approve' | 'return' | 'sign')[];
  optional?: boolean;
}) {
  const t = await getTranslations('OfficialDocuments');
  const field = `${action}-opinion`;
  const buttons =
    decisions.length === 0 ? (
      <button type="submit" className="button">
        {t(`do.${action as 'register' | 'complete' | 'close'}`)}
      </button>
    ) : (
      decisions.map((d) => (
        <button
          key={d}
          type="submit"
          name="decision"
          value={d}
          className={d === 'return' ? 'button-secondary' : 'button'}
        >
          {t(`decision.${d}`)}
        </button>
      ))
    );
  return (
    <StepSection id={id} action={action} buttons={buttons}>
      <div className="field">
        <label htmlFor={field}>{optional ? t('opinionOptional') : t('opinion')}</label>
        <textarea id={field} name="opinion" rows={3} maxLength={1000} required={!optional} minLength={2} />
      </div>
    </StepSection>
  );
}
