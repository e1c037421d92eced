import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { api, isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { getSession } from '@/lib/session';
import { MailboxLinks } from '../mailbox-links';
import { WriteForm } from './write-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('writeTitle') };
}

type Query = Promise<Record<string, string | string[] | undefined>>;

/** The published item a letter is about (`?item=<code>` from its guide), if it exists. */
async function itemOf(code: unknown, locale: string): Promise<{ code: string; name: string } | undefined> {
  if (typeof code !== 'string' || !/^\d{6}-[A-Z]{2}-\d{4}$/.test(code)) return undefined;
  try {
    const guide = await api.getGuide(code);
    return { code: guide.code, name: inLocale(guide.name, locale) };
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) return undefined;
    throw error;
  }
}

/**
 * 越秀信箱: write a consultation, suggestion, complaint or report, signed in or anonymously; from an item's
 * guide (`?item=`), about that item (the letter goes to its department).
 */
export default async function WriteLetterPage({ searchParams }: { searchParams: Query }) {
  const [t, session, locale, query] = await Promise.all([
    getTranslations('Mailbox'),
    getSession(),
    getLocale(),
    searchParams,
  ]);
  const item = await itemOf(query.item, locale);
  const signedIn = Boolean(session?.roles.some((r) => r === 'citizen' || r === 'enterprise'));
  return (
    <>
      <h1>{t('writeTitle')}</h1>
      <MailboxLinks current="write" />
      <p>{t('writeIntro')}</p>
      {item ? (
        <p className="notice" data-testid="letter-item">
          {t('aboutItem', { name: item.name })}
        </p>
      ) : null}
      <p className="hint">{signedIn ? t('writingSignedIn') : t('writingAnonymous')}</p>
      {/* One token per form shown: sending it twice (double click, retry) writes one letter. */}
      <WriteForm submissionToken={randomUUID()} {...(item ? { itemCode: item.code } : {})} />
    </>
  );
}
