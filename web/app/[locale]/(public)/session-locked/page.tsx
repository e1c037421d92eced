import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { config } from '@/lib/config';
import { isStaffPath } from '@/lib/guards';
import { safeReturnTo } from '@/lib/return-to';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('SessionLocked'))('title') };
}

type Props = { searchParams: Promise<{ returnTo?: string | string[] }> };

/** Where a locked or expired session lands: nothing of the area it was in, only the way back in. */
export default async function SessionLockedPage({ searchParams }: Props) {
  const [t, { returnTo: requested }] = await Promise.all([getTranslations('SessionLocked'), searchParams]);
  const returnTo = safeReturnTo(typeof requested === 'string' ? requested : undefined, config().publicOrigin);
  const localeFree = returnTo.replace(/^\/en(?=\/|$|\?)/, '') || '/';
  const signIn = new URLSearchParams({
    returnTo,
    reauth: '1',
    ...(isStaffPath(localeFree) ? { audience: 'staff' } : {}),
  });
  return (
    <section className="panel" aria-labelledby="session-locked-title" data-testid="session-locked">
      <h1 id="session-locked-title">{t('title')}</h1>
      <p>{t('text', { minutes: Math.round(config().staffIdleSeconds / 60) })}</p>
      <p>
        <a className="button" href={`/auth/sign-in?${signIn.toString()}`}>
          {t('signInAgain')}
        </a>
      </p>
    </section>
  );
}
