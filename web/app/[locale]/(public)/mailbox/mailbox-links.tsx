import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

const pages = [
  ['write', '/mailbox/write'],
  ['follow', '/mailbox/follow'],
  ['public', '/mailbox/public'],
  ['mine', '/my/letters'],
] as const;

/** The mailbox's own pages, side by side under each page's title. */
export async function MailboxLinks({ current }: { current?: (typeof pages)[number][0] }) {
  const t = await getTranslations('Mailbox.links');
  return (
    <nav aria-label={t('label')} className="no-print">
      <ul className="plain-list inline-list">
        {pages.map(([key, href]) => (
          <li key={key}>
            <Link href={href} aria-current={current === key ? 'page' : undefined}>
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
