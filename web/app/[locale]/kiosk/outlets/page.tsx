import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { api } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { KioskPageHead } from '../_components/page-head';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Kiosk'))('outletsTitle') };
}

/**
 * The outlets (B4) on the kiosk: the street stations first, then the departments' windows, each with its
 * address, hours and phone as text (a station's screen cannot dial or follow a map link out of the kiosk).
 */
export default async function KioskOutletsPage() {
  const [t, outletText, locale, list] = await Promise.all([
    getTranslations('Kiosk'),
    getTranslations('Outlets'),
    getLocale(),
    api.listOutlets(),
  ]);
  const groups = [
    { id: 'street', heading: outletText('streetStations'), items: list.items.filter((o) => o.type === 'street') },
    {
      id: 'department',
      heading: outletText('departmentWindows'),
      items: list.items.filter((o) => o.type === 'department'),
    },
  ];
  return (
    <>
      <KioskPageHead title={t('outletsTitle')} backHref="/kiosk" />
      <p className="lead">{t('outletsIntro')}</p>
      <p className="notice notice-warning">{inLocale(list.notice, locale)}</p>
      {groups.map((group) =>
        group.items.length === 0 ? null : (
          <section key={group.id} aria-labelledby={`kiosk-outlets-${group.id}`}>
            <h2 id={`kiosk-outlets-${group.id}`}>{group.heading}</h2>
            <ul className="kiosk-outlets">
              {group.items.map((outlet) => (
                <li key={outlet.code} className="panel">
                  <h3>{inLocale(outlet.name, locale)}</h3>
                  <dl className="details">
                    <dt>{outletText('address')}</dt>
                    <dd>{inLocale(outlet.address, locale)}</dd>
                    <dt>{outletText('hours')}</dt>
                    <dd>{inLocale(outlet.hours, locale)}</dd>
                    <dt>{outletText('phone')}</dt>
                    <dd>{outlet.phone}</dd>
                  </dl>
                </li>
              ))}
            </ul>
          </section>
        ),
      )}
    </>
  );
}
