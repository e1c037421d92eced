/**
 * RFC 4180 CSV: CRLF line ends, a header row, fields with a comma, quote, CR or LF enclosed in quotes
 * with inner quotes doubled. Values a spreadsheet would run as a formula (= + - @ tab CR first) get a
 * leading apostrophe (OWASP "CSV injection"): audit fields can hold text an outsider chose.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document from a header row and data rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
