'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

const marker = 'data-title-guard';

/**
 * Every page keeps a title. Next.js can commit a client-side navigation without the destination's <title> when
 * the page is busy or the network slow (a race between the click and the link's prefetch; vercel/next.js#98684
 * and #95268 describe it): the tab, a screen reader's announcement of the new page and WCAG 2.4.2 are then left
 * with nothing. Whenever no title with text is in the head, this puts one there, made of the page's heading and
 * the site's name, and takes it away again as soon as the page's own title arrives.
 */
export function TitleGuard() {
  const site = useTranslations('Metadata')('title');
  useEffect(() => {
    const mend = () => {
      const own = document.head.querySelector<HTMLTitleElement>(`title[${marker}]`);
      const others = [...document.head.querySelectorAll('title')].filter((t) => !t.hasAttribute(marker));
      if (others.some((t) => (t.textContent ?? '').trim() !== '')) {
        own?.remove();
        return;
      }
      const heading = document.querySelector('h1')?.textContent?.trim();
      const text = heading ? `${heading} · ${site}` : site;
      const title = own ?? document.createElement('title');
      if (title.textContent !== text) title.textContent = text;
      // document.title reads the first title element: an empty one left behind must not come before this one.
      if (document.head.firstElementChild !== title) document.head.prepend(title);
      title.setAttribute(marker, '');
    };
    const observer = new MutationObserver(mend);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    mend();
    return () => observer.disconnect();
  }, [site]);
  return null;
}
