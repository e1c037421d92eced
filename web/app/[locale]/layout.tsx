import type { Metadata, Viewport } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { routing } from '@/i18n/routing';
import { TitleGuard } from '@/components/title-guard';
import { readDisplayMode } from '@/lib/display-mode';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    namespace: 'Metadata',
  });
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#8c1c13' };

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t, displayMode] = await Promise.all([getTranslations('Layout'), readDisplayMode()]);
  return (
    <html lang={locale} data-display={displayMode}>
      <body>
        <NextIntlClientProvider>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          {/* The header and the main landmark come from each area's layout: the public site's or the staff's. */}
          {children}
          <footer className="site-footer">
            <div className="container">
              <p>{t('footer')}</p>
              <p>{t('footerHelp')}</p>
            </div>
          </footer>
          <TitleGuard />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
