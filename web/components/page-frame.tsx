import type { ReactNode } from 'react';
import { readDisplayMode } from '@/lib/display-mode';
import { SiteHeader } from './site-header';

/** The public site's chrome around a page: its header (citizens' menu) and the main landmark. */
export async function PublicFrame({ children }: { children: ReactNode }) {
  const displayMode = await readDisplayMode();
  return (
    <>
      <SiteHeader displayMode={displayMode} />
      <MainContent>{children}</MainContent>
    </>
  );
}

/** The main landmark the skip link leads to. */
export function MainContent({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="container main">
      {children}
    </main>
  );
}
