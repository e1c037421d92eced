import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type { StepDecision } from '@/lib/api-schemas';
import { termName } from '@/lib/catalog-terms';

const steps = ['accept', 'review', 'opinion', 'decide', 'handover'] as const;
type Step = (typeof steps)[number];
const isStep = (value: string): value is Step => (steps as readonly string[]).includes(value);

/** Every step's decision so far (受理意见, 审核意见, 决定意见): who, in which role, when, what and why. */
export async function StaffCaseOpinions({ decisions }: { decisions: StepDecision[] }) {
  const [t, staff, locale] = await Promise.all([getTranslations('Timeline'), getTranslations('Staff'), getLocale()]);
  if (decisions.length === 0) return <p>{t('noOpinions')}</p>;
  const roles = ['clerk', 'officer', 'head'] as const;
  return (
    <ol className="plain-list opinions" data-testid="case-opinions">
      {decisions.map((d) => {
        const stepName = isStep(d.step) ? staff(`steps.${d.step}`) : d.step;
        const outcomeKey = `outcomes.${d.step}.${d.outcome}` as Parameters<typeof staff>[0];
        const role = (roles as readonly string[]).includes(d.role)
          ? t(`roles.${d.role as (typeof roles)[number]}`)
          : d.role;
        const unit = d.department ? termName('department', d.department, locale) : (d.street ?? '');
        return (
          <li key={d.workItemId} data-step={d.step}>
            <h3>{t('stepOpinion', { step: stepName })}</h3>
            <dl className="details">
              <dt>{t('outcome')}</dt>
              <dd>{staff.has(outcomeKey) ? staff(outcomeKey) : d.outcome}</dd>
              <dt>{t('comment')}</dt>
              <dd className="preserve-lines">{d.comment || '—'}</dd>
              <dt>{t('decider')}</dt>
              <dd>
                {d.decidedBy} · {unit ? t('actor', { role, unit }) : role}
                {d.escalated ? t('escalatedStep') : null}
              </dd>
              <dt>{t('decidedAt')}</dt>
              <dd>
                <DateTime value={d.decidedAt} />
              </dd>
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
