import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CalendarDay, DateTime } from '@/components/date-time';
import { JointReviewProgress } from '@/components/joint-review-progress';
import { StatusBadge } from '@/components/status-badge';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { stepOutcomes, steps, type StaffCase, type Step, type WorkItem } from '@/lib/api-schemas';
import { inLocale, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { hasAnyRole } from '@/lib/roles';
import { ClaimControl } from '../../_components/claim-control';
import { DeadlineLevelBadge, EscalatedBadge } from '../../_components/deadline-level';
import styles from '../../_components/staff.module.css';
import { inboxRoles } from '../../_lib/staff-roles';
import { CaseAnswers } from './case-answers';
import { CaseCertificates } from './case-certificates';
import { CaseHousehold } from './case-household';
import { CaseMaterials } from './case-materials';
import { StaffCaseOpinions } from './case-opinions';
import { StaffCaseTimeline } from './case-timeline';
import { DecisionForm } from './decision-form';
import { DecisionNotice } from './decision-notice';
import { RevealControl } from './reveal-control';
import { programByCode } from '../../../../../../functions/src/relief/programs';

type Props = {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?decided=<step>.<outcome>`: the decision the user just sent (see actions.ts), when it names a real one. */
function decidedOf(value: unknown): { step: Step; outcome: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const [step, outcome] = value.split('.');
  if (!steps.includes(step as Step)) return undefined;
  return (stepOutcomes[step as Step] as readonly string[]).includes(outcome ?? '')
    ? { step: step as Step, outcome: outcome! }
    : undefined;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffCase'))('metaTitle') };
}

/** One case for staff in scope: the work to do on it, its deadline, answers, materials and history. */
export default async function StaffCasePage({ params, searchParams }: Props) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const decided = decidedOf(query.decided);
  const reveal = query.reveal === 'true';
  const session = await requireSession(`/staff/cases/${encodeURIComponent(caseId)}`);
  const [t, staff, joint, locale] = await Promise.all([
    getTranslations('StaffCase'),
    getTranslations('Staff'),
    getTranslations('JointReview'),
    getLocale(),
  ]);
  const [item, openItems] = await loadCase(caseId, hasAnyRole(session.roles, inboxRoles), reveal);
  const guide = await api.getCounterGuide(item.itemCode).catch(() => undefined);
  const { clock } = item;
  return (
    <>
      <p>
        <Link href="/staff">{t('backToInbox')}</Link>
      </p>
      <h1>{t('title', { caseNumber: item.caseNumber })}</h1>
      <p className="case-heading">
        <span>{inLocale(item.itemName, locale)}</span> <span className="muted">{t('status')}</span>{' '}
        <StatusBadge status={item.status} />
        {item.escalated ? <EscalatedBadge /> : null}
      </p>

      <section aria-labelledby="decision-heading" className="panel">
        <h2 id="decision-heading">{t('decisionHeading')}</h2>
        {decided ? <DecisionNotice step={decided.step} outcome={decided.outcome} /> : null}
        {openItems.length === 0 ? (
          <p>{t('noOpenItem')}</p>
        ) : (
          openItems.map((workItem) => {
            // A relief case's opinion decides one program: two programs of one department are two forms.
            const program = workItem.program ? programByCode(workItem.program) : undefined;
            const step = staff(`steps.${workItem.step}`);
            const headingId = `work-item-${workItem.workItemId}`;
            return (
              <section
                key={workItem.workItemId}
                aria-labelledby={headingId}
                data-testid="work-item"
                data-step={workItem.step}
                data-program={workItem.program}
              >
                <h3 id={headingId}>
                  {program
                    ? t('programStepHeading', { step, program: inLocale(program.name, locale) })
                    : t('stepHeading', { step })}
                </h3>
                <ClaimControl
                  workItemId={workItem.workItemId}
                  caseNumber={item.caseNumber}
                  claimedBy={workItem.claimedBy}
                  me={session.username}
                />
                {workItem.claimedBy && workItem.claimedBy !== session.username ? (
                  <p className="notice notice-warning">{t('heldByOther', { name: workItem.claimedBy })}</p>
                ) : (
                  <DecisionForm workItemId={workItem.workItemId} caseId={item.caseId} step={workItem.step} />
                )}
              </section>
            );
          })
        )}
      </section>

      {item.jointReview ? (
        <section aria-labelledby="joint-review-heading">
          <h2 id="joint-review-heading">{joint('heading')}</h2>
          <JointReviewProgress progress={item.jointReview} />
        </section>
      ) : null}

      <section aria-labelledby="opinions-heading">
        <h2 id="opinions-heading">{t('opinions')}</h2>
        <StaffCaseOpinions decisions={item.decisions} />
      </section>

      <section aria-labelledby="overview-heading">
        <h2 id="overview-heading">{t('overview')}</h2>
        <dl className={styles.facts}>
          <dt>{t('item')}</dt>
          <dd>
            {inLocale(item.itemName, locale)} <span className="muted">{item.itemCode}</span>
          </dd>
          <dt>{t('department')}</dt>
          <dd>{termName('department', item.department, locale)}</dd>
          <dt>{t('channel')}</dt>
          <dd>
            {item.channel === 'counter'
              ? t('channelCounter', { street: item.street ?? '', clerk: item.filedBy ?? '' })
              : t('channelOnline')}
          </dd>
          <dt>{t('applicant')}</dt>
          <dd data-testid="case-applicant">{item.applicantName ?? item.applicantMasked}</dd>
          <dt>{t('filedAt')}</dt>
          <dd>
            <DateTime value={item.createdAt} />
          </dd>
          <dt>{t('pickup')}</dt>
          <dd>
            {item.pickup.method === 'station'
              ? t('pickupStation', { street: item.pickup.street })
              : t('pickupDownload')}
            {item.handedOverAt ? (
              <>
                {' '}
                {t('handedOverAt')} <DateTime value={item.handedOverAt} />
              </>
            ) : null}
          </dd>
          <dt>{t('papers')}</dt>
          <dd>
            <a href={`/case-papers/${encodeURIComponent(item.caseId)}/receipt.pdf`} target="_blank" rel="noopener">
              {clock.acceptedAt ? t('acceptanceNotice') : t('receipt')}
            </a>
            {item.result ? (
              <>
                {' · '}
                <a href={`/case-papers/${encodeURIComponent(item.caseId)}/result.pdf`} target="_blank" rel="noopener">
                  {t('resultPaper')}
                </a>
              </>
            ) : null}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="deadline-heading">
        <h2 id="deadline-heading">{t('deadline')}</h2>
        <dl className={styles.facts} data-testid="case-deadline">
          <dt>{t('level')}</dt>
          <dd>
            <DeadlineLevelBadge level={clock.acceptedAt ? clock.level : undefined} />
          </dd>
          <dt>{t('acceptedAt')}</dt>
          <dd>{clock.acceptedAt ? <DateTime value={clock.acceptedAt} /> : t('notAccepted')}</dd>
          <dt>{t('limit')}</dt>
          <dd>
            {clock.limitDays === 0 ? t('limitImmediate') : t('limitDays', { days: clock.limitDays })}{' '}
            <span className="muted">{t('statutory', { days: clock.statutoryDays })}</span>
          </dd>
          <dt>{t('dueDate')}</dt>
          <dd>
            {clock.dueDate ? <CalendarDay value={clock.dueDate} /> : t('dueAfterAcceptance')}
            {clock.remainingWorkingDays !== undefined ? (
              <span className="muted" data-testid="remaining-working-days">
                {' '}
                {clock.remainingWorkingDays < 0
                  ? t('workingDaysOverdue', { days: -clock.remainingWorkingDays })
                  : t('workingDaysLeft', { days: clock.remainingWorkingDays })}
              </span>
            ) : null}
          </dd>
          {clock.pauses.length > 0 ? (
            <>
              <dt>{t('pauses')}</dt>
              <dd>
                <ul className="plain-list">
                  {clock.pauses.map((pause) => (
                    <li key={pause.from}>
                      <DateTime value={pause.from} /> – {pause.to ? <DateTime value={pause.to} /> : t('pauseOpen')}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        {item.correction ? (
          <p className="notice notice-warning">{t('correctionAsked', { reason: item.correction.reason })}</p>
        ) : null}
      </section>

      {item.result ? <CaseResult result={item.result} rating={item.rating} /> : null}

      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{t('answers')}</h2>
        <RevealControl revealed={reveal} masked={item.maskedFields.length > 0} />
        <CaseAnswers answers={item.answers} form={guide?.form} />
      </section>

      {item.household ? (
        <section aria-labelledby="household-heading">
          <h2 id="household-heading">{t('household')}</h2>
          <CaseHousehold household={item.household} revealed={reveal} />
        </section>
      ) : null}

      <section aria-labelledby="case-materials">
        <h2 id="case-materials">{t('materials')}</h2>
        <CaseCertificates certificates={item.certificates} />
        {item.materials.length > 0 || item.certificates.length === 0 ? (
          <CaseMaterials materials={item.materials} />
        ) : null}
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timeline')}</h2>
        <StaffCaseTimeline entries={item.timeline} />
      </section>
    </>
  );
}

async function CaseResult({ result, rating }: Pick<Required<StaffCase>, 'result'> & Pick<StaffCase, 'rating'>) {
  const [t, staff] = await Promise.all([getTranslations('StaffCase'), getTranslations('Staff')]);
  const resultKey = `results.${result.outcome}` as Parameters<typeof staff>[0];
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">{t('result')}</h2>
      <dl className={styles.facts}>
        <dt>{t('outcome')}</dt>
        <dd>{staff.has(resultKey) ? staff(resultKey) : result.outcome}</dd>
        {result.comment ? (
          <>
            <dt>{t('comment')}</dt>
            <dd className="preserve-lines">{result.comment}</dd>
          </>
        ) : null}
        <dt>{t('decidedAt')}</dt>
        <dd>
          <DateTime value={result.decidedAt} />
        </dd>
        <dt>{t('documentNumber')}</dt>
        <dd>{result.documentNumber}</dd>
        <dt>{t('rating')}</dt>
        <dd>{rating ? t('rated', { score: rating.score, comment: rating.comment || '—' }) : t('notRated')}</dd>
      </dl>
    </section>
  );
}

/** The case and the caller's open work items on it; a case the caller may not see is not found. */
async function loadCase(caseId: string, hasInbox: boolean, reveal: boolean): Promise<[StaffCase, WorkItem[]]> {
  try {
    return await Promise.all([
      api.getStaffCase(caseId, { reveal }),
      hasInbox ? api.listWorkItemsOfCase(caseId) : Promise.resolve([]),
    ]);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403)) notFound();
    throw error;
  }
}
