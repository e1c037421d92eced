/**
 * A streaming RFC 4180 CSV reader: bytes in (UTF-8 or GB18030, decoded as they arrive), one record at a
 * time out, with the line it started on. Quoted fields may hold commas, quotes ("") and line breaks.
 * Memory holds one chunk and one record, whatever the file's size.
 */
export type CsvEncoding = 'utf-8' | 'gb18030';

export interface CsvRecord {
  /** 1-based line number where the record starts. */
  readonly line: number;
  readonly fields: string[];
}

export class CsvFormatError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvFormatError';
  }
}

async function* decode(chunks: AsyncIterable<Uint8Array>, encoding: CsvEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  try {
    for await (const chunk of chunks) yield decoder.decode(chunk, { stream: true });
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new CsvFormatError(0, `the file is not valid ${encoding.toUpperCase()}`);
    throw error;
  }
}

export async function* readCsv(chunks: AsyncIterable<Uint8Array>, encoding: CsvEncoding): AsyncGenerator<CsvRecord> {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let first = true;
  let pendingCr = false;
  const endRecord = (): CsvRecord | undefined => {
    fields.push(field);
    const record = { line: recordLine, fields };
    field = '';
    fields = [];
    afterQuote = false;
    // A blank line is no record.
    return record.fields.length === 1 && record.fields[0] === '' ? undefined : record;
  };
  for await (let text of decode(chunks, encoding)) {
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') continue;
      }
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else {
            // At a chunk's end the next chunk may still turn this into `""`: afterQuote handles that.
            quoted = false;
            afterQuote = true;
          }
        } else {
          if (c === '\n') line++;
          field += c;
        }
        continue;
      }
      if (c === '"') {
        if (afterQuote) {
          // `""` split across chunks: a quote inside the quoted field.
          field += '"';
          quoted = true;
          afterQuote = false;
          continue;
        }
        if (field !== '') throw new CsvFormatError(line, 'a quote inside an unquoted field');
        quoted = true;
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        afterQuote = false;
        continue;
      }
      if (c === '\n' || c === '\r') {
        if (c === '\r') pendingCr = true;
        const record = endRecord();
        line++;
        recordLine = line;
        if (record) yield record;
        continue;
      }
      if (afterQuote) throw new CsvFormatError(line, 'text after a closing quote');
      field += c;
    }
  }
  if (quoted) throw new CsvFormatError(recordLine, 'a quoted field is not closed');
  const last = endRecord();
  if (last) yield last;
}

/** One CSV field, quoted when needed (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (values: readonly (string | number)[]) => `${values.map(csvField).join(',')}\r\n`;
