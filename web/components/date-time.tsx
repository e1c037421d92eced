import { useFormatter } from 'next-intl';
import { formatDay, formatInstant, machineDate } from '@/lib/dates';

/** A machine-readable <time> shown in the reader's language and the district's time zone (web/lib/dates.ts). */
export function DateTime({ value, precise = false }: { value: string; precise?: boolean }) {
  const format = useFormatter();
  return <time dateTime={machineDate(value)}>{formatInstant(format, value, precise ? 'precise' : 'instant')}</time>;
}

/** A calendar day (a due date, a validity) as the reader's language writes days: 2026年12月18日 / December 18, 2026. */
export function CalendarDay({ value }: { value: string }) {
  const format = useFormatter();
  return <time dateTime={machineDate(value)}>{formatDay(format, value)}</time>;
}
