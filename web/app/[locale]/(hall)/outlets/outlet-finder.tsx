'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import type { Outlet } from '@/lib/hall-schemas';
import type { MapPoint } from '@/lib/map-projection';

export interface MapOutline {
  readonly width: number;
  readonly height: number;
  /** The district outline as an SVG path in the map's user units. */
  readonly path: string;
}

interface StreetForm {
  readonly action: string;
  readonly streets: readonly { code: string; name: string }[];
  readonly selected?: string;
}

type Status = 'idle' | 'locating' | 'located' | 'denied' | 'failed';

/** Department windows apart; the street stations, branch stations and the district centre are the 22 stations. */
const isWindow = (outlet: Outlet) => outlet.kind === 'department-window';

const text = (value: { zh: string; en: string }, locale: string) => (locale === 'zh-CN' ? value.zh : value.en);

/** The parts of `GET /api/outlets` the finder uses, checked by hand to keep zod out of the browser bundle. */
function outletsOf(payload: unknown): Outlet[] | undefined {
  const items = (payload as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  const valid = items.every(
    (o: Partial<Outlet>) =>
      typeof o?.code === 'string' && typeof o.distanceMeters === 'number' && typeof o.name?.zh === 'string',
  );
  return valid ? (items as Outlet[]) : undefined;
}

/**
 * The outlet list and map, and "nearest to me": the browser's position (with permission) is sent to
 * `/api/outlets?near=` and the list comes back ordered by distance. Without JavaScript or permission,
 * the street form asks the server for the same ordering.
 */
export function OutletFinder({
  initial,
  sortedFrom,
  outline,
  points,
  streetForm,
}: {
  initial: readonly Outlet[];
  sortedFrom?: string;
  outline: MapOutline;
  points: Readonly<Record<string, MapPoint>>;
  streetForm: StreetForm;
}) {
  const t = useTranslations('Outlets');
  const locale = useLocale();
  const [outlets, setOutlets] = useState<readonly Outlet[]>(initial);
  const [status, setStatus] = useState<Status>('idle');
  const [canLocate, setCanLocate] = useState(false);
  useEffect(() => setCanLocate('geolocation' in navigator), []);

  const distance = (meters: number) =>
    t('distance', {
      distance:
        meters < 1000
          ? t('meters', { meters: Math.round(meters / 10) * 10 })
          : t('kilometres', { km: (meters / 1000).toFixed(1) }),
    });

  function locate() {
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      async ({ coords }) => {
        try {
          const near = `${coords.latitude.toFixed(5)},${coords.longitude.toFixed(5)}`;
          const response = await fetch(`/api/outlets?near=${encodeURIComponent(near)}`, {
            headers: { accept: 'application/json' },
          });
          const sorted = response.ok ? outletsOf(await response.json()) : undefined;
          if (!sorted) throw new Error(`outlets: HTTP ${response.status}`);
          setOutlets(sorted);
          setStatus('located');
        } catch {
          setStatus('failed');
        }
      },
      () => setStatus('denied'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  const sorted = outlets.length > 0 && outlets[0]!.distanceMeters !== undefined;
  const nearest = sorted ? outlets[0] : undefined;
  const groups = sorted
    ? [{ key: 'nearest', heading: undefined, items: outlets }]
    : [
        { key: 'stations', heading: t('streetStations'), items: outlets.filter((o) => !isWindow(o)) },
        { key: 'windows', heading: t('departmentWindows'), items: outlets.filter(isWindow) },
      ];

  return (
    <>
      <section aria-labelledby="nearest-heading" className="panel no-print">
        <h2 id="nearest-heading">{t('findNearest')}</h2>
        {canLocate ? (
          <p>
            <button type="button" className="button" onClick={locate} disabled={status === 'locating'}>
              {t('useLocation')}
            </button>
          </p>
        ) : null}
        <p role="status" data-testid="nearest-status">
          {status === 'locating'
            ? t('locating')
            : status === 'denied'
              ? t('denied')
              : status === 'failed'
                ? t('failed')
                : status === 'located' && nearest
                  ? t('located', { name: text(nearest.name, locale), distance: distance(nearest.distanceMeters!) })
                  : sortedFrom
                    ? t('sortedFromStreet', { name: sortedFrom })
                    : ''}
        </p>
        <form method="get" action={streetForm.action} className="actions street-form">
          <div className="field">
            <label htmlFor="street">{t('chooseStreet')}</label>
            <select id="street" name="street" defaultValue={streetForm.selected ?? streetForm.streets[0]?.code}>
              {streetForm.streets.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary">
            {t('sortByStreet')}
          </button>
          {sorted ? <a href={streetForm.action}>{t('showAll')}</a> : null}
        </form>
      </section>

      <section aria-labelledby="map-heading" className="outlet-map-section">
        <h2 id="map-heading">{t('mapHeading')}</h2>
        <figure className="outlet-map">
          <svg
            viewBox={`0 0 ${outline.width} ${outline.height}`}
            role="group"
            aria-label={t('mapLabel')}
            data-testid="outlet-map"
          >
            <path d={outline.path} className="district-outline" />
            {outlets.map((o) => {
              const point = points[o.code];
              if (!point) return null;
              const isNearest = o.code === nearest?.code;
              return (
                <a
                  key={o.code}
                  href={`#outlet-${o.code}`}
                  aria-label={text(o.name, locale)}
                  className={`marker${isWindow(o) ? ' marker-window' : ''}${isNearest ? ' marker-nearest' : ''}`}
                >
                  <circle cx={point.x} cy={point.y} r={isNearest ? 11 : 7} />
                </a>
              );
            })}
          </svg>
          <figcaption className="muted">{t('mapCaption')}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{t('listHeading')}</h2>
        {groups.map((group) => (
          <div key={group.key}>
            {group.heading ? <h3>{group.heading}</h3> : null}
            <ol className="outlet-list" data-testid={`outlets-${group.key}`}>
              {group.items.map((o) => (
                <li
                  key={o.code}
                  id={`outlet-${o.code}`}
                  className={`outlet${o.code === nearest?.code ? ' outlet-nearest' : ''}`}
                  data-outlet={o.code}
                >
                  {group.heading ? <h4>{text(o.name, locale)}</h4> : <h3>{text(o.name, locale)}</h3>}
                  {o.code === nearest?.code ? <p className="badge badge-online">{t('nearest')}</p> : null}
                  {o.distanceMeters !== undefined ? <p className="distance">{distance(o.distanceMeters)}</p> : null}
                  <dl className="details">
                    <dt>{t('address')}</dt>
                    <dd>{text(o.address, locale)}</dd>
                    <dt>{t('hours')}</dt>
                    <dd>{text(o.hours, locale)}</dd>
                    <dt>{t('phone')}</dt>
                    <dd>
                      <a href={`tel:${o.phone}`}>{o.phone}</a>
                    </dd>
                  </dl>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </>
  );
}
