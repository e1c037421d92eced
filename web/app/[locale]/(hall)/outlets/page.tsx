import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname, Link } from '@/i18n/navigation';
import { api } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { districtOutlineRing } from '@/lib/district-outline';
import { nearPattern, type OutletList } from '@/lib/hall-schemas';
import { mapFrame } from '@/lib/map-projection';
import { OutletFinder, type MapOutline } from './outlet-finder';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Outlets'))('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The outlets as a list (the accessible primary view) and an inline SVG map. Ordering by distance works
 * without JavaScript (choose your street: a GET form) and with it (the browser's position).
 */
export default async function OutletsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const [t, kiosk, locale, all] = await Promise.all([
    getTranslations('Outlets'),
    getTranslations('Kiosk'),
    getLocale(),
    api.listOutlets(),
  ]);
  const streets = all.items.filter((o) => o.kind === 'street-station');
  const street = streets.find((o) => o.code === params.street);
  const near =
    typeof params.near === 'string' && nearPattern.test(params.near)
      ? params.near
      : street
        ? `${street.location.lat},${street.location.lng}`
        : undefined;
  const list: OutletList = near ? await api.listOutlets({ near }) : all;

  const ring = districtOutlineRing.map(([lng, lat]) => ({ lat, lng }));
  const frame = mapFrame([...ring, ...all.items.map((o) => o.location)]);
  const outline: MapOutline = {
    width: frame.width,
    height: frame.height,
    path: `${ring.map((p, i) => `${i === 0 ? 'M' : 'L'}${frame.project(p).x},${frame.project(p).y}`).join(' ')} Z`,
  };
  const points = Object.fromEntries(all.items.map((o) => [o.code, frame.project(o.location)]));

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p className="notice notice-warning">{inLocale(list.notice, locale)}</p>
      <p>
        <Link href="/kiosk">{kiosk('kioskLink')}</Link>: {kiosk('kioskLinkHint')}
      </p>
      <OutletFinder
        initial={list.items}
        sortedFrom={street ? inLocale(street.name, locale) : undefined}
        outline={outline}
        points={points}
        streetForm={{
          action: getPathname({ href: '/outlets', locale }),
          streets: streets.map((o) => ({ code: o.code, name: inLocale(o.name, locale) })),
          selected: street?.code,
        }}
      />
    </>
  );
}
