'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState, type MouseEvent } from 'react';
import type { GridDrawing } from '@/lib/grid-drawing';
import { project, unproject } from '@/lib/grid-map';
import styles from './grid-map.module.css';

/**
 * Where the problem is: a tap on the grid's map (drawn from the API's GeoJSON, no tile server) fills the
 * latitude and longitude; they can also be typed, or taken from the device. The fields are the form's values,
 * so the form works without the map (and without JavaScript, typed).
 */
export function GridLocationPicker({
  drawing,
  initial,
  errors,
  suggested,
}: {
  drawing: GridDrawing;
  initial?: { lat?: string; lng?: string };
  errors?: { lat?: string; lng?: string };
  /** Where a chosen photo says it was taken (its EXIF): offered as the place while none is chosen. */
  suggested?: { lat: number; lng: number };
}) {
  const t = useTranslations('GridReport');
  const [lat, setLat] = useState(initial?.lat ?? '');
  const [lng, setLng] = useState(initial?.lng ?? '');
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [fromPhoto, setFromPhoto] = useState(false);
  useEffect(() => {
    if (!suggested) return;
    // Only while no place is chosen: a tap, the device's position or typed degrees stay.
    setLat((current) => current || String(suggested.lat));
    setLng((current) => current || String(suggested.lng));
    setFromPhoto(true);
  }, [suggested]);
  const { frame } = drawing;
  const marker =
    lat && lng && !Number.isNaN(Number(lat)) && !Number.isNaN(Number(lng))
      ? project(frame, Number(lng), Number(lat))
      : undefined;

  function tap(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    const x = ((event.clientX - box.left) / box.width) * frame.width;
    const y = ((event.clientY - box.top) / box.height) * frame.height;
    const place = unproject(frame, x, y);
    setLat(String(place.lat));
    setLng(String(place.lng));
  }

  function locate() {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLat(position.coords.latitude.toFixed(6));
        setLng(position.coords.longitude.toFixed(6));
        setLocating('idle');
      },
      () => setLocating('failed'),
      { timeout: 10_000 },
    );
  }

  return (
    <fieldset className="field question">
      <legend className="question-text">{t('location')}</legend>
      <p id="location-hint" className="hint">
        {t('locationHint')}
      </p>
      <svg
        className={styles.map}
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        role="img"
        aria-label={t('mapLabel')}
        onClick={tap}
        data-testid="grid-map"
      >
        {drawing.streets.map((s) => (
          <path key={s.code} d={s.path} className={styles.street} />
        ))}
        <path d={drawing.cellsPath} className={styles.cells} />
        {drawing.streets.map((s) => (
          <text key={s.code} x={s.label.x} y={s.label.y} className={styles.label} textAnchor="middle">
            {s.name.replace('街道', '')}
          </text>
        ))}
        {marker ? (
          <circle cx={marker.x} cy={marker.y} r={5} className={styles.marker} data-testid="map-marker" />
        ) : null}
      </svg>
      <div className={styles.coordinates}>
        <div className="field">
          <label htmlFor="lat">{t('lat')}</label>
          {errors?.lat ? (
            <p id="lat-error" className="field-error">
              {errors.lat}
            </p>
          ) : null}
          <input
            id="lat"
            name="lat"
            inputMode="decimal"
            value={lat}
            onChange={(e) => setLat(e.target.value)}
            aria-describedby={['location-hint', errors?.lat ? 'lat-error' : ''].filter(Boolean).join(' ')}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="lng">{t('lng')}</label>
          {errors?.lng ? (
            <p id="lng-error" className="field-error">
              {errors.lng}
            </p>
          ) : null}
          <input
            id="lng"
            name="lng"
            inputMode="decimal"
            value={lng}
            onChange={(e) => setLng(e.target.value)}
            aria-describedby={['location-hint', errors?.lng ? 'lng-error' : ''].filter(Boolean).join(' ')}
            required
          />
        </div>
      </div>
      <button type="button" className="button button-secondary" onClick={locate} disabled={locating === 'busy'}>
        {t('useMyLocation')}
      </button>
      {fromPhoto && suggested && lat === String(suggested.lat) && lng === String(suggested.lng) ? (
        <p className="hint" role="status" data-testid="location-from-photo">
          {t('fromPhoto')}
        </p>
      ) : null}
      {locating === 'failed' ? (
        <p className="hint" role="status">
          {t('locationUnavailable')}
        </p>
      ) : null}
    </fieldset>
  );
}
