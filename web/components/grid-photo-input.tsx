'use client';

import { useTranslations } from 'next-intl';
import { useState, type ChangeEvent } from 'react';
import { imageGpsLocation, type GpsLocation } from '../../functions/src/documents/image-metadata';

/**
 * Photos from the camera (`capture="environment"` opens the rear camera on a phone; elsewhere a file picker):
 * JPEG or PNG, sent with the form. The position a photo's EXIF records is read here, before anything is sent,
 * so the form can offer it as the place; the stored copy loses all its metadata (documents/photos.ts).
 */
export function GridPhotoInput({
  name = 'photos',
  label,
  max,
  onLocation,
  problem,
}: {
  name?: string;
  label: string;
  max: number;
  onLocation?: (location: GpsLocation) => void;
  /** Why the photos were not sent (GridPhotos.problems.<problem>, already worded). */
  problem?: string;
}) {
  const t = useTranslations('GridPhotos');
  const [chosen, setChosen] = useState<string[]>([]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    setChosen(files.map((f) => f.name));
    if (!onLocation) return;
    for (const file of files) {
      const location = imageGpsLocation(new Uint8Array(await file.arrayBuffer()));
      if (location) return onLocation(location);
    }
  }

  const id = `${name}-input`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="hint">
        {t('hint', { count: max })}
      </p>
      {problem ? (
        <p id={`${id}-error`} className="field-error">
          {problem}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        onChange={choose}
        aria-describedby={[`${id}-hint`, problem ? `${id}-error` : ''].filter(Boolean).join(' ')}
      />
      {chosen.length > 0 ? (
        <p className="hint" data-testid="chosen-photos">
          {t('chosen', { count: chosen.length, names: chosen.join('、') })}
        </p>
      ) : null}
    </div>
  );
}
