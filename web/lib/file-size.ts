/**
 * A file's size for people, the same for citizens and staff: bytes below 1 KB, then KB and MB (1024-based)
 * with one decimal below 10 and none above, in the reader's number format.
 */
export function formatFileSize(bytes: number, locale: string): string {
  const number = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  if (bytes < 1024) return `${new Intl.NumberFormat(locale).format(Math.max(0, Math.round(bytes)))} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${number(kb)} KB`;
  return `${number(kb / 1024)} MB`;
}
