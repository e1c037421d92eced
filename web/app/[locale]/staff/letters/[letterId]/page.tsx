import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LetterExchangeView } from '@/components/letter-exchange-view';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { lettersApi, type Letter } from '@/lib/letters-api';
import { hasAnyRole } from '@/lib/roles';
import { AnswerForm } from './answer-form';

type Params = Promise<{ letterId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('StaffLetter'))('metaTitle') };
}

/** A letter in my department's inbox: what the writer asked, earlier answers and the history, and the answer form. */
export default async function StaffLetterPage({ params }: { params: Params }) {
  const { letterId } = await params;
  const session = await requireSession(`/staff/letters/${letterId}`);
  const t = await getTranslations('StaffLetter');
  let letter: Letter;
  try {
    letter = await lettersApi.get(letterId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403) || isApiError(error, 400)) notFound();
    throw error;
  }
  const mayAnswer =
    letter.status === 'awaiting_answer' && hasAnyRole(session.roles, letter.round > 1 ? ['head'] : ['officer', 'head']);
  return (
    <>
      <p>
        <Link href="/staff?step=answer">{t('backToInbox')}</Link>
      </p>
      <h1>{t('title', { letterNumber: letter.letterNumber })}</h1>
      <LetterExchangeView letter={letter} />
      {letter.ratings.length > 0 ? (
        <p data-testid="letter-ratings">
          {t('ratings', { scores: letter.ratings.map((r) => `${r.satisfaction}/5`).join('，') })}
        </p>
      ) : null}
      {mayAnswer ? (
        <AnswerForm letterId={letter.letterId} />
      ) : letter.status === 'awaiting_answer' ? (
        <p>{t('headAnswers')}</p>
      ) : null}
    </>
  );
}
