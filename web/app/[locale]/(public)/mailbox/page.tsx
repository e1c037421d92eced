import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MailboxLinks } from './mailbox-links';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox.links'))('title') };
}

/** 越秀信箱: where to write, follow an anonymous letter, read the public answers or one's own letters. */
export default async function MailboxPage() {
  const t = await getTranslations('Mailbox.links');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <MailboxLinks />
    </>
  );
}
