import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { inLocale, termName } from '@/lib/catalog-terms';
import { lettersApi } from '@/lib/letters-api';
import { letterNumberPattern } from '../../../../../../../functions/src/letters/model';
import { letterTopics } from '../../../../../../../functions/src/letters/routing';

type Params = Promise<{ letterNumber: string }>;

async function load(letterNumber: string) {
  if (!letterNumberPattern.test(letterNumber)) notFound();
  try {
    return await lettersApi.getPublic(letterNumber);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [letter, t] = await Promise.all([load((await params).letterNumber), getTranslations('MailboxPublicLetter')]);
  return { title: t('metaTitle', { subject: letter.subject }) };
}

/** One published consultation and its answer (personal data removed), where the site search's 公开答复 hits lead. */
export default async function PublicLetterPage({ params }: { params: Params }) {
  const { letterNumber } = await params;
  const [letter, t, mailbox, locale] = await Promise.all([
    load(letterNumber),
    getTranslations('MailboxPublicLetter'),
    getTranslations('Mailbox'),
    getLocale(),
  ]);
  const topic = letterTopics.find((x) => x.code === letter.topic);
  return (
    <article aria-labelledby="public-letter-title" data-testid="public-letter">
      <p>
        <Link href="/mailbox/public">{t('backToList')}</Link>
      </p>
      <h1 id="public-letter-title" lang="zh-CN">
        {letter.subject}
      </h1>
      <dl className="details">
        <dt>{mailbox('letterNumber')}</dt>
        <dd>{letter.letterNumber}</dd>
        <dt>{mailbox('topic')}</dt>
        <dd>{topic ? inLocale(topic.name, locale) : letter.topic}</dd>
        <dt>{mailbox('department')}</dt>
        <dd>{termName('department', letter.department, locale)}</dd>
        {letter.item ? (
          <>
            <dt>{mailbox('item')}</dt>
            <dd>
              <Link href={`/services/${letter.item.code}`}>{inLocale(letter.item.name, locale)}</Link>
            </dd>
          </>
        ) : null}
        <dt>{t('publishedAt')}</dt>
        <dd>
          <DateTime value={letter.publishedAt} />
        </dd>
      </dl>
      <section aria-labelledby="public-letter-question" className="panel">
        <h2 id="public-letter-question">{mailbox('question')}</h2>
        <p className="prewrap" lang="zh-CN">
          {letter.body}
        </p>
      </section>
      <section aria-labelledby="public-letter-answer" className="panel" data-testid="public-letter-answer">
        <h2 id="public-letter-answer">{mailbox('answer')}</h2>
        <p className="prewrap" lang="zh-CN">
          {letter.answer}
        </p>
      </section>
    </article>
  );
}
