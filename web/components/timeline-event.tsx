import { useLocale, useTranslations } from 'next-intl';
import type { CaseActor } from '@/lib/api-schemas';
import { termName } from '@/lib/catalog-terms';
// The event codes the API writes (one list, in the case model).
import { type TimelineEvent, timelineEvents } from '../../functions/src/cases/timeline-events';

type EventCode = TimelineEvent;
const isEventCode = (value: string | undefined): value is EventCode =>
  value !== undefined && (timelineEvents as readonly string[]).includes(value);
const roleCodes = ['applicant', 'system', 'staff', 'clerk', 'officer', 'head'] as const;
const steps = ['accept', 'review', 'opinion', 'decide', 'handover'] as const;

/** Events whose detail is part of the sentence (a due date), not an opinion shown below it. */
export const detailInSentence: readonly string[] = ['deadline_warning', 'overdue'];

/** A case event in the reader's language (`note` for an old free-text entry without a code). */
export function TimelineEventText({ event, step, detail }: { event?: string; step?: string; detail?: string }) {
  const t = useTranslations('Timeline');
  const staff = useTranslations('Staff');
  if (!isEventCode(event)) return null;
  const stepName = (steps as readonly string[]).includes(step ?? '')
    ? staff(`steps.${step as (typeof steps)[number]}`)
    : (step ?? '');
  return <>{t(`events.${event}`, { step: stepName, detail: detail ?? '' })}</>;
}

/** A role and unit (never a username), as the applicant sees who moved their case. */
export function ActorText({ actor }: { actor: CaseActor }) {
  const t = useTranslations('Timeline');
  const locale = useLocale();
  const role = (roleCodes as readonly string[]).includes(actor.role)
    ? t(`roles.${actor.role as (typeof roleCodes)[number]}`)
    : actor.role;
  const unit = actor.department
    ? termName('department', actor.department, locale)
    : actor.street
      ? t('streetUnit', { street: actor.street })
      : undefined;
  return <>{unit ? t('actor', { role, unit }) : role}</>;
}
