import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FollowForm } from './follow-form';
import { MailboxLinks } from '../mailbox-links';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('followTitle') };
}

/** An anonymous writer follows their letter with the query code and password from the receipt. */
export default async function FollowLetterPage() {
  const t = await getTranslations('Mailbox');
  return (
    <>
      <h1>{t('followTitle')}</h1>
      <MailboxLinks current="follow" />
      <p>{t('followIntro')}</p>
      <FollowForm />
    </>
  );
}
