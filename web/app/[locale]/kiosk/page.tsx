import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { KioskSearchForm } from './_components/search-form';

/** The kiosk's home: large touch targets into the hall, the case lookup and the outlets, and a search. */
export default async function KioskHomePage() {
  const t = await getTranslations('Kiosk');
  const tiles = [
    { href: '/kiosk/services', title: t('tileServices'), hint: t('tileServicesHint'), icon: '☰' },
    { href: '/kiosk/track', title: t('tileTrack'), hint: t('tileTrackHint'), icon: '✓' },
    { href: '/kiosk/outlets', title: t('tileOutlets'), hint: t('tileOutletsHint'), icon: '◎' },
  ];
  return (
    <>
      <h1>{t('welcome')}</h1>
      <p className="lead">{t('welcomeHint')}</p>
      <ul className="kiosk-tiles" aria-label={t('tilesLabel')}>
        {tiles.map((tile) => (
          <li key={tile.href}>
            <Link href={tile.href} className="kiosk-tile">
              <span aria-hidden="true" className="kiosk-tile-icon">
                {tile.icon}
              </span>
              <span className="kiosk-tile-title">{tile.title}</span>
              <span className="kiosk-tile-hint">{tile.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
      <section aria-labelledby="kiosk-search-heading">
        <h2 id="kiosk-search-heading">{t('searchHeading')}</h2>
        <KioskSearchForm id="kiosk-home-search" />
      </section>
    </>
  );
}
