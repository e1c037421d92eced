import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LetterExchangeView } from '@/components/letter-exchange-view';
import { LetterFeedback } from '@/components/letter-feedback';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { lettersApi, type Letter } from '@/lib/letters-api';
import { hasAnyRole, publicRoles } from '@/lib/roles';
import { rateMine, reopenMine } from './actions';

type Params = Promise<{ letterId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('myTitle') };
}

/** One of my letters: its answers, and rating and reopening while they are open. */
export default async function MyLetterPage({ params }: { params: Params }) {
  const { letterId } = await params;
  const session = await requireSession(`/my/letters/${letterId}`);
  const t = await getTranslations('Mailbox');
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess />;
  let letter: Letter;
  try {
    letter = await lettersApi.get(letterId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
  return (
    <>
      <p>
        <Link href="/my/letters">{t('backToMine')}</Link>
      </p>
      <h1>{t('letterTitle', { letterNumber: letter.letterNumber })}</h1>
      <LetterExchangeView letter={letter} />
      <LetterFeedback
        hidden={{ letterId: letter.letterId }}
        mayRate={letter.mayRate}
        {...(letter.reopenableUntil ? { reopenableUntil: letter.reopenableUntil } : {})}
        rateAction={rateMine}
        reopenAction={reopenMine}
      />
    </>
  );
}
