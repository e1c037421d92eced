import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { departmentCodes, inLocale, termName } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import type { Bilingual } from '@/lib/hall-schemas';
import { hasAnyRole } from '@/lib/roles';
import { reliefItemCode } from '../../../../../functions/src/relief/programs';
import { counterRoles } from '../_lib/staff-roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Counter'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where the clerk files an item: 综合救助 through its one window (the household first), others by their form. */
const counterHref = (code: string) =>
  code === reliefItemCode ? '/staff/counter/relief' : `/staff/counter/${encodeURIComponent(code)}`;

interface Found {
  code: string;
  name: Bilingual;
  department: string;
}

/** Counter filing, step one: the clerk finds the published item the citizen came for (by words or by department). */
export default async function CounterPage({ searchParams }: Props) {
  const session = await requireSession('/staff/counter');
  const [t, verify, locale, raw] = await Promise.all([
    getTranslations('Counter'),
    getTranslations('StaffVerify'),
    getLocale(),
    searchParams,
  ]);
  if (!hasAnyRole(session.roles, counterRoles)) return <NoAccess text={t('clerksOnly')} />;
  const q = typeof raw.q === 'string' ? raw.q.trim().slice(0, 100) : '';
  const department =
    typeof raw.department === 'string' && departmentCodes.includes(raw.department) ? raw.department : '';

  let found: Found[];
  if (q) {
    const results = await api.search({ q, type: 'service', pageSize: 50 });
    found = results.items
      .filter((item) => item.type === 'service' && (!department || item.department === department))
      .map((item) => ({ code: item.code, name: item.title, department: item.department ?? '' }));
  } else {
    const page = await api.listServices({ pageSize: 100, ...(department ? { department } : {}) });
    found = page.items.map((item) => ({ code: item.code, name: item.name, department: item.department }));
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro', { street: session.street ?? '' })}</p>
      <p>
        <Link href="/staff/counter/relief" data-testid="counter-relief-link">
          {t('reliefLink')}
        </Link>
      </p>
      <p>
        <Link href="/staff/counter/verify">{verify('link')}</Link>
      </p>
      <form method="get" className="form audit-filters" role="search" aria-labelledby="counter-search-title">
        <h2 id="counter-search-title">{t('pickTitle')}</h2>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor="counter-q">{t('searchLabel')}</label>
            <p id="counter-q-hint" className="hint">
              {t('searchHint')}
            </p>
            <input id="counter-q" name="q" type="search" defaultValue={q} aria-describedby="counter-q-hint" />
          </div>
          <div className="field">
            <label htmlFor="counter-department">{t('department')}</label>
            <select id="counter-department" name="department" defaultValue={department}>
              <option value="">{t('allDepartments')}</option>
              {departmentCodes.map((code) => (
                <option key={code} value={code}>
                  {termName('department', code, locale)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="button">
            {t('search')}
          </button>
        </div>
      </form>

      <section aria-labelledby="counter-results">
        <h2 id="counter-results">{t('results', { count: found.length })}</h2>
        {found.length === 0 ? (
          <p>{t('noResults')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="counter-results">
            <table className="table" data-testid="counter-items">
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('code')}</th>
                  <th scope="col">{t('department')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('fileColumn')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {found.map((item) => (
                  <tr key={item.code} data-item={item.code}>
                    <th scope="row">{inLocale(item.name, locale)}</th>
                    <td>{item.code}</td>
                    <td>{termName('department', item.department, locale)}</td>
                    <td>
                      <Link
                        href={counterHref(item.code)}
                        aria-label={t('fileFor', { name: inLocale(item.name, locale) })}
                      >
                        {t('file')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
