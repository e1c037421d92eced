import { getTranslations } from 'next-intl/server';

/**
 * 显示 / 隐藏 for the applicant's personal answers. A plain GET form, not a link: a link could be prefetched,
 * and every reveal is an audited read (personal.unmask) that only a deliberate press may cause.
 */
export async function RevealControl({ revealed, masked }: { revealed: boolean; masked: boolean }) {
  const t = await getTranslations('StaffCase');
  if (!revealed && !masked) return null;
  return (
    <form method="get" className="reveal-control">
      <p className="muted" id="reveal-hint">
        {revealed ? t('revealedHint') : t('maskedHint')}
      </p>
      {revealed ? null : <input type="hidden" name="reveal" value="true" />}
      <button type="submit" className="button-secondary" aria-describedby="reveal-hint">
        {revealed ? t('hide') : t('reveal')}
      </button>
    </form>
  );
}
