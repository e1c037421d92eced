import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

/** An unknown letter number, or a letter that is not published: the same page, so neither can be told apart. */
export default async function PublicLetterNotFound() {
  const t = await getTranslations('MailboxPublicLetter');
  return (
    <section className="panel" data-testid="public-letter-not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <ul>
        <li>
          <Link href="/mailbox/public">{t('backToList')}</Link>
        </li>
        <li>
          <Link href="/mailbox/follow">{t('followHint')}</Link>
        </li>
      </ul>
    </section>
  );
}
