'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';

/** Links to the same page in the other language. */
export function LanguageSwitch() {
  const t = useTranslations('Language');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <Link
      href={pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      className="header-control"
      aria-label={t('switchToLabel')}
    >
      {t('switchTo')}
    </Link>
  );
}
