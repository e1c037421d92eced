import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { lettersApi } from '@/lib/letters-api';
import { MailboxLinks } from '../mailbox-links';
import { letterTopics } from '../../../../../../functions/src/letters/routing';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('publicTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Public Q&A (网上咨询公开): answered consultations whose writers consented, personal data removed. */
export default async function PublicLettersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  // From an item's guide: only the answers about that item.
  const item = typeof params.item === 'string' && /^\d{6}-[A-Z]{2}-\d{4}$/.test(params.item) ? params.item : undefined;
  const [t, locale, page] = await Promise.all([
    getTranslations('Mailbox'),
    getLocale(),
    lettersApi.listPublic({ ...(cursor ? { cursor } : {}), ...(item ? { item } : {}) }),
  ]);
  const topicName = (code: string) => {
    const topic = letterTopics.find((x) => x.code === code);
    return topic ? (locale === 'zh-CN' ? topic.name.zh : topic.name.en) : code;
  };
  return (
    <>
      <h1>{t('publicTitle')}</h1>
      <MailboxLinks current="public" />
      <p>
        {t('publicIntro')} <Link href="/mailbox/write">{t('writeLink')}</Link>
      </p>
      {item ? (
        <p data-testid="public-item-filter">
          {t('publicForItem', { code: item })} <Link href="/mailbox/public">{t('publicAll')}</Link>
        </p>
      ) : null}
      {page.items.length === 0 ? (
        <p>{t('publicEmpty')}</p>
      ) : (
        <ul className="stack" data-testid="public-letters">
          {page.items.map((letter) => (
            <li key={letter.letterNumber} className="panel" data-letter-number={letter.letterNumber}>
              <article aria-labelledby={`q-${letter.letterNumber}`}>
                <h2 id={`q-${letter.letterNumber}`}>
                  <Link href={`/mailbox/public/${letter.letterNumber}`}>{letter.subject}</Link>
                </h2>
                <p className="muted">
                  {topicName(letter.topic)} · <DateTime value={letter.publishedAt} />
                  {letter.item ? (
                    <>
                      {' · '}
                      <Link href={`/services/${letter.item.code}`}>
                        {locale === 'zh-CN' ? letter.item.name.zh : letter.item.name.en}
                      </Link>
                    </>
                  ) : null}
                </p>
                <h3>{t('question')}</h3>
                <p className="prewrap">{letter.body}</p>
                <h3>{t('answer')}</h3>
                <p className="prewrap">{letter.answer}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {page.nextCursor ? (
        <p>
          <Link
            href={{ pathname: '/mailbox/public', query: { cursor: page.nextCursor, ...(item ? { item } : {}) } }}
            rel="next"
          >
            {t('nextPage')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
