'use client';

import { ErrorPanel } from '@/components/error-panel';

export default function SegmentError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel retry={retry} />;
}
