import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';

/** The kiosk's service search: a GET form to /kiosk/search (works without script), with large targets. */
export async function KioskSearchForm({ id, query = '' }: { id: string; query?: string }) {
  const [t, locale] = await Promise.all([getTranslations('Kiosk'), getLocale()]);
  return (
    <form
      role="search"
      aria-label={t('searchHeading')}
      action={getPathname({ href: '/kiosk/search', locale })}
      method="get"
      className="search-box search-box-large kiosk-search"
    >
      <label htmlFor={id} className="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('searchPlaceholder')}
        maxLength={100}
        required
        autoComplete="off"
      />
      <button type="submit" className="button kiosk-button">
        {t('searchSubmit')}
      </button>
    </form>
  );
}
