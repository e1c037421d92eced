'use client';

import type { FormEvent } from 'react';
import { forgetReports } from './report-outbox';

/**
 * Signs out with a POST (a link could be followed by a prefetch). With script, the reports this device keeps
 * unsent (report-outbox.ts) are forgotten first, so none is left for whoever signs in next; without script
 * there are none, and the form posts as it is.
 */
export function SignOutButton({ label }: { label: string }) {
  async function forgetThenPost(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    try {
      await forgetReports();
    } catch {
      // No IndexedDB here (a private window, say): nothing was kept to forget.
    }
    form.submit();
  }
  return (
    <form action="/auth/sign-out" method="post" onSubmit={forgetThenPost}>
      <button type="submit" className="header-control">
        {label}
      </button>
    </form>
  );
}
