'use client';

import { useTranslations } from 'next-intl';
import styles from '@/components/application-form.module.css';

/** A street's service center, where a result can be collected. */
export interface Station {
  street: string;
  name: string;
}

/** How the applicant takes the result: downloaded, or collected at a street's service center. */
export interface PickupChoiceValue {
  method: 'download' | 'station';
  street: string;
}

/** The words of the choice: the citizen's own form and the clerk's counter form say them differently. */
export interface PickupLabels {
  legend: string;
  download: string;
  station: string;
  place: string;
  required: string;
}

/** The pickup fieldset shared by the citizen's application form and the counter's. */
export function PickupChoice({
  value,
  onChange,
  stations,
  problem,
  labels,
}: {
  value: PickupChoiceValue;
  onChange: (value: PickupChoiceValue) => void;
  stations: readonly Station[];
  /** Whether to show that a station is missing. */
  problem: boolean;
  labels: PickupLabels;
}) {
  const t = useTranslations('Apply');
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{labels.legend}</legend>
      <div className="choice">
        <input
          type="radio"
          id="pickup-download"
          name="pickup"
          value="download"
          checked={value.method === 'download'}
          onChange={() => onChange({ ...value, method: 'download' })}
        />
        <label htmlFor="pickup-download">{labels.download}</label>
      </div>
      <div className="choice">
        <input
          type="radio"
          id="pickup-station"
          name="pickup"
          value="station"
          checked={value.method === 'station'}
          onChange={() => onChange({ ...value, method: 'station' })}
        />
        <label htmlFor="pickup-station">{labels.station}</label>
      </div>
      {value.method === 'station' ? (
        <div className="field">
          <label htmlFor="pickup-street">{labels.place}</label>
          {problem ? (
            <p id="pickup-street-error" className="field-error">
              <span className="visually-hidden">{t('errorPrefix')}</span>
              {labels.required}
            </p>
          ) : null}
          <select
            id="pickup-street"
            name="street"
            value={value.street}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'pickup-street-error' : undefined}
            onChange={(event) => onChange({ ...value, street: event.target.value })}
          >
            <option value="">{t('choose')}</option>
            {stations.map((station) => (
              <option key={station.street} value={station.street}>
                {station.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
}
