'use client';

import { ErrorPanel } from '@/components/error-panel';

// The hall has no loading.tsx on purpose: a loading boundary sends the 200 status before a page can call
// notFound(), and unknown service codes and scenarios must answer a real 404.
export default function HallError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel retry={retry} />;
}
