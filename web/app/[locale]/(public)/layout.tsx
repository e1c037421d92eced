import type { ReactNode } from 'react';
import { PublicFrame } from '@/components/page-frame';

/** Public pages: the citizens' header and menu (staff pages under /staff have their own). */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
