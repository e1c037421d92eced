import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../functions/src/audit/csv.js';

describe('toCsv (RFC 4180)', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles inner quotes', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hi"'], ['two\nlines']])).toBe(
      'x\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n',
    );
  });

  it('defuses values a spreadsheet would run as a formula', () => {
    expect(toCsv(['x'], [['=HYPERLINK("http://evil")'], ['@SUM(A1)'], ['-1+1']])).toBe(
      'x\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'@SUM(A1)\r\n\'-1+1\r\n',
    );
  });
});
