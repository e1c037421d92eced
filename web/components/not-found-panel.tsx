import type { ComponentProps } from 'react';
import { Link } from '@/i18n/navigation';

type Href = ComponentProps<typeof Link>['href'];

/** What a page that does not exist shows: what was not found, why, and where to go instead. */
export function NotFoundPanel({
  title,
  text,
  links,
  testId,
}: {
  title: string;
  text: string;
  links: readonly { href: Href; label: string }[];
  testId?: string;
}) {
  return (
    <section className="panel" data-testid={testId}>
      <h1>{title}</h1>
      <p>{text}</p>
      {links.length === 1 ? (
        <p>
          <Link href={links[0]!.href}>{links[0]!.label}</Link>
        </p>
      ) : (
        <ul>
          {links.map((link) => (
            <li key={String(link.href)}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
