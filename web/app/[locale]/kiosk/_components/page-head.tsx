import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';

/**
 * The top of a kiosk page: a large 返回 button to the page above it (a fixed place, not the browser's history,
 * which may still hold the last visitor's pages) and the page's heading.
 */
export async function KioskPageHead({
  title,
  backHref,
  headingId,
  children,
}: {
  title: string;
  backHref: string;
  headingId?: string;
  children?: ReactNode;
}) {
  const t = await getTranslations('Kiosk');
  return (
    <div className="kiosk-page-head">
      <Link href={backHref} className="button button-secondary kiosk-back no-print">
        <span aria-hidden="true">‹</span> {t('back')}
      </Link>
      <h1 id={headingId}>{title}</h1>
      {children}
    </div>
  );
}
