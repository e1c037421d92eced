import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { LetterExchangeView } from '@/components/letter-exchange-view';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { departmentCodes, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import { lettersApi, type Letter } from '@/lib/letters-api';
import { hasAnyRole } from '@/lib/roles';
import { DeadlineLevelBadge, EscalatedBadge } from '../../_components/deadline-level';
import { AnswerForm } from './answer-form';
import { ApprovalForm } from './approval-form';
import { RerouteForm } from './reroute-form';
import { WriterReveal } from './writer-reveal';

type Params = Promise<{ letterId: string }>;
type Query = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffLetter'))('metaTitle') };
}

/**
 * A letter in my department's inbox (or, for a dispatcher, anywhere): what the writer asked, earlier answers
 * and the history, the writer masked unless revealed (audited), the answer form and the re-routing form.
 */
export default async function StaffLetterPage({ params, searchParams }: { params: Params; searchParams: Query }) {
  const [{ letterId }, query] = await Promise.all([params, searchParams]);
  const reveal = query.reveal === 'true';
  const session = await requireSession(`/staff/letters/${letterId}`);
  const [t, inbox, locale] = await Promise.all([getTranslations('StaffLetter'), getTranslations('Inbox'), getLocale()]);
  let letter: Letter;
  try {
    letter = await lettersApi.get(letterId, { reveal });
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403) || isApiError(error, 400)) notFound();
    throw error;
  }
  const waiting = letter.status === 'awaiting_answer';
  const mayAnswer = waiting && hasAnyRole(session.roles, letter.round > 1 ? ['head'] : ['officer', 'head']);
  const mayReroute = waiting && hasAnyRole(session.roles, ['dispatcher', 'head']);
  // A first answer by an officer may go to the head for approval first.
  const mayDraft = letter.round === 1 && !hasAnyRole(session.roles, ['head']);
  const approving = letter.status === 'awaiting_approval';
  const mayApprove = approving && hasAnyRole(session.roles, ['head']);
  const otherDepartments = departmentCodes
    .filter((code) => code !== letter.department)
    .map((code) => ({ code, name: termName('department', code, locale) }));
  return (
    <>
      <p>
        <Link href="/staff?step=answer">{t('backToInbox')}</Link>
      </p>
      <h1>{t('title', { letterNumber: letter.letterNumber })}</h1>
      {letter.clock ? (
        <p data-testid="letter-clock">
          {t('clock')} <DeadlineLevelBadge level={letter.clock.level} />
          {letter.clock.escalated ? <EscalatedBadge /> : null}{' '}
          <span className="muted" data-testid="working-days-left">
            {letter.clock.remainingWorkingDays < 0
              ? inbox('workingDaysOverdue', { days: -letter.clock.remainingWorkingDays })
              : letter.clock.remainingWorkingDays === 0
                ? inbox('dueToday')
                : inbox('workingDaysLeft', { days: letter.clock.remainingWorkingDays })}
          </span>
        </p>
      ) : null}
      <LetterExchangeView letter={letter} />
      <WriterReveal letter={letter} revealed={reveal} />
      {letter.ratings.length > 0 ? (
        <p data-testid="letter-ratings">
          {t('ratings', { scores: letter.ratings.map((r) => `${r.satisfaction}/5`).join('，') })}
        </p>
      ) : null}
      {mayApprove && letter.draft ? <ApprovalForm letterId={letter.letterId} draft={letter.draft} /> : null}
      {approving && !mayApprove ? <p>{t('awaitingApproval')}</p> : null}
      {mayAnswer ? (
        <AnswerForm letterId={letter.letterId} mayDraft={mayDraft} />
      ) : waiting && !mayReroute ? (
        <p>{t('headAnswers')}</p>
      ) : null}
      {mayReroute ? <RerouteForm letterId={letter.letterId} departments={otherDepartments} /> : null}
    </>
  );
}
