import type { ReactNode } from 'react';

/**
 * The header's search and account controls: laid out in the header on a wide screen, folded behind a
 * 菜单 button on a phone. A native disclosure, so it works without script and speaks its state; on wide
 * screens CSS shows its content and hides the button (globals.css, `.header-menu`).
 */
export function HeaderMenu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="header-menu">
      <summary className="header-control header-menu-button">{label}</summary>
      <div className="header-menu-body">{children}</div>
    </details>
  );
}

export { SignOutButton } from './sign-out-button';
