import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { lettersApi } from '@/lib/letters-api';
import { letterTopics } from '../../../../../../functions/src/letters/routing';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('publicTitle') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Public Q&A (网上咨询公开): answered consultations whose writers consented, personal data removed. */
export default async function PublicLettersPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const cursor = typeof params.cursor === 'string' ? params.cursor : undefined;
  const [t, locale, page] = await Promise.all([
    getTranslations('Mailbox'),
    getLocale(),
    lettersApi.listPublic(cursor ? { cursor } : {}),
  ]);
  const topicName = (code: string) => {
    const topic = letterTopics.find((x) => x.code === code);
    return topic ? (locale === 'zh-CN' ? topic.name.zh : topic.name.en) : code;
  };
  return (
    <>
      <h1>{t('publicTitle')}</h1>
      <p>
        {t('publicIntro')} <Link href="/mailbox/write">{t('writeLink')}</Link>
      </p>
      {page.items.length === 0 ? (
        <p>{t('publicEmpty')}</p>
      ) : (
        <ul className="stack" data-testid="public-letters">
          {page.items.map((letter) => (
            <li key={letter.letterNumber} className="panel" data-letter-number={letter.letterNumber}>
              <article aria-labelledby={`q-${letter.letterNumber}`}>
                <h2 id={`q-${letter.letterNumber}`}>{letter.subject}</h2>
                <p className="muted">
                  {topicName(letter.topic)} · <DateTime value={letter.publishedAt} />
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
          <Link href={{ pathname: '/mailbox/public', query: { cursor: page.nextCursor } }} rel="next">
            {t('nextPage')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
