import { useTranslations } from 'next-intl';

/** Shown instead of a page the signed-in user's roles do not allow. */
export function NoAccess({ text }: { text?: string }) {
  const t = useTranslations('Staff');
  return (
    <section className="panel" aria-labelledby="no-access-title">
      <h1 id="no-access-title">{t('noAccessTitle')}</h1>
      <p>{text ?? t('noAccessText')}</p>
    </section>
  );
}
