import { useTranslations } from 'next-intl';

/** What a segment shows while its data loads (announced politely to screen readers). */
export function LoadingPanel() {
  const t = useTranslations('Layout');
  return (
    <p role="status" aria-live="polite" className="loading">
      {t('loading')}
    </p>
  );
}
