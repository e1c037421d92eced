import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Verifier } from './verifier';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Verify'))('title') };
}

/** Public: anyone checks an e-certificate (证照核验); no sign-in, nothing sent to the server but the keys' fetch. */
export default async function VerifyPage() {
  const t = await getTranslations('Verify');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <Verifier />
    </>
  );
}
