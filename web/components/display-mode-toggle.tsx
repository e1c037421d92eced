import { getTranslations } from 'next-intl/server';
import type { DisplayMode } from '@/lib/display-mode';
import { setDisplayMode } from '@/lib/display-mode-actions';

/** A real toggle button (aria-pressed) that works without JavaScript: it posts the new mode. */
export async function DisplayModeToggle({ mode }: { mode: DisplayMode }) {
  const t = await getTranslations('DisplayMode');
  const elder = mode === 'elder';
  return (
    <form action={setDisplayMode}>
      <input type="hidden" name="mode" value={elder ? 'standard' : 'elder'} />
      <button
        type="submit"
        className="header-control toggle"
        aria-pressed={elder}
        title={elder ? t('elderOnLabel') : t('elderOffLabel')}
      >
        <span aria-hidden="true" className="toggle-icon">
          {elder ? '◉' : '○'}
        </span>
        {t('elder')}
      </button>
    </form>
  );
}
