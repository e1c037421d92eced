'use client';

import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';

/** Sign-in link that brings the visitor back to the page they are on. */
export function SignInLink() {
  const t = useTranslations('Account');
  const pathname = usePathname();
  return (
    <a href={`/auth/sign-in?returnTo=${encodeURIComponent(pathname)}`} className="header-control">
      {t('signIn')}
    </a>
  );
}
