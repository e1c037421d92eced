import type { ReactNode } from 'react';
import { MainContent, PublicFrame } from '@/components/page-frame';
import { NoAccess } from '@/components/no-access';
import { StaffHeader } from '@/components/staff-header';
import { readDisplayMode } from '@/lib/display-mode';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, staffRoles } from '@/lib/roles';

/**
 * The staff area: signed-in staff only (the proxy already sent signed-out visitors to sign in), under a
 * header of its own — who they are and the parts of the workbench their roles open. Others see the public
 * site's header and a refusal.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const session = await requireSession('/staff');
  if (!hasAnyRole(session.roles, staffRoles)) {
    return (
      <PublicFrame>
        <NoAccess />
      </PublicFrame>
    );
  }
  return (
    <>
      <StaffHeader session={session} displayMode={await readDisplayMode()} />
      <MainContent>
        <div className="staff">{children}</div>
      </MainContent>
    </>
  );
}
