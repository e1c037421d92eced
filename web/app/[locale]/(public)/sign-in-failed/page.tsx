import { getTranslations } from 'next-intl/server';

export default async function SignInFailedPage() {
  const t = await getTranslations('SignInFailed');
  return (
    <section className="panel">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <p>
        <a className="button" href="/auth/sign-in">
          {t('retry')}
        </a>
      </p>
    </section>
  );
}
