import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';

// Reached only for paths the proxy does not localize; rendered in the default language.
export default async function RootNotFound() {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'Errors' });
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <main id="main" className="container">
          <h1>{t('notFoundTitle')}</h1>
          <p>{t('notFoundText')}</p>
          <p>
            <a href="/">{t('backHome')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
