import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { MainContent } from '@/components/page-frame';
import { Link } from '@/i18n/navigation';
import { kioskHome } from '@/lib/kiosk/area';
import { IdleGuard } from './_components/idle-guard';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Kiosk');
  // A station's screen is not a page for search engines (the proxy sends X-Robots-Tag as well).
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false, follow: false } };
}

/**
 * The self-service kiosk (plan B3): the hall on a station's touch screen. Its own bar (home and language, no
 * address bar habits needed), the elder-friendly display always on (lib/display-mode.ts), links only into
 * kiosk pages, and a visit that ends itself after a minute without a touch (IdleGuard).
 */
export default async function KioskLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations('Kiosk');
  return (
    <div className="kiosk">
      <header className="site-header kiosk-bar">
        <div className="container kiosk-bar-row">
          <Link href={kioskHome} className="brand kiosk-brand">
            {t('brand')}
          </Link>
          <nav aria-label={t('barNav')} className="header-controls">
            <Link href={kioskHome} className="header-control kiosk-bar-button">
              <span aria-hidden="true">⌂</span> {t('home')}
            </Link>
            <LanguageSwitch />
          </nav>
        </div>
      </header>
      <MainContent>{children}</MainContent>
      <IdleGuard />
    </div>
  );
}
