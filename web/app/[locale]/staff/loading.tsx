import { LoadingPanel } from '@/components/loading-panel';

export default function Loading() {
  return <LoadingPanel />;
}
