import { useFormatter } from 'next-intl';

/** A machine-readable <time> shown in the reader's language and the district's time zone. */
export function DateTime({ value }: { value: string }) {
  const format = useFormatter();
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return <>{value}</>;
  return (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: 'medium', timeStyle: 'short' })}</time>
  );
}
