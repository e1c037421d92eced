import { getTranslations } from 'next-intl/server';
import { NotFoundPanel } from '@/components/not-found-panel';

/** An unknown letter number, or a letter that is not published: the same page, so neither can be told apart. */
export default async function PublicLetterNotFound() {
  const t = await getTranslations('MailboxPublicLetter');
  return (
    <NotFoundPanel
      testId="public-letter-not-found"
      title={t('notFoundTitle')}
      text={t('notFoundText')}
      links={[
        { href: '/mailbox/public', label: t('backToList') },
        { href: '/mailbox/follow', label: t('followHint') },
      ]}
    />
  );
}
