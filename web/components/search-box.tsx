import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';

/** A GET form to the search page: works without JavaScript, and its URL can be shared. */
export async function SearchBox({
  id,
  query = '',
  className,
  landmarkLabel,
}: {
  id: string;
  query?: string;
  className?: string;
  /** Names the search landmark when a page has more than one. */
  landmarkLabel?: string;
}) {
  const [t, locale] = await Promise.all([getTranslations('SearchBox'), getLocale()]);
  return (
    <form
      role="search"
      aria-label={landmarkLabel}
      action={getPathname({ href: '/search', locale })}
      method="get"
      className={className}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t('placeholder')}
        maxLength={100}
        required
        autoComplete="off"
      />
      <button type="submit" className="button">
        {t('submit')}
      </button>
    </form>
  );
}
