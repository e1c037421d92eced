import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getSession } from '@/lib/session';
import { WriteForm } from './write-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('writeTitle') };
}

/** 越秀信箱: write a consultation, suggestion, complaint or report, signed in or anonymously. */
export default async function WriteLetterPage() {
  const [t, session] = await Promise.all([getTranslations('Mailbox'), getSession()]);
  const signedIn = Boolean(session?.roles.some((r) => r === 'citizen' || r === 'enterprise'));
  return (
    <>
      <h1>{t('writeTitle')}</h1>
      <p>{t('writeIntro')}</p>
      <p className="hint">{signedIn ? t('writingSignedIn') : t('writingAnonymous')}</p>
      {/* One token per form shown: sending it twice (double click, retry) writes one letter. */}
      <WriteForm submissionToken={randomUUID()} />
    </>
  );
}
