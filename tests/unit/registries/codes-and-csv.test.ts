import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, creditCodeProblem } from '../../../functions/src/registries/credit-code.js';
import { readCsv, csvLine, CsvFormatError } from '../../../functions/src/registries/csv.js';
import { streets } from '../../../functions/src/registries/geography.js';
import { columns, derivedFromId, rowSchemas, type RegistryKind } from '../../../functions/src/registries/model.js';
import { generateRows } from '../../../functions/src/registries/synthetic.js';

async function* chunks(...parts: Uint8Array[]) {
  for (const p of parts) yield p;
}
async function records(bytes: Uint8Array[], encoding: 'utf-8' | 'gb18030' = 'utf-8') {
  const out = [];
  for await (const r of readCsv(chunks(...bytes), encoding)) out.push(r);
  return out;
}

describe('GB 32100 credit codes', () => {
  it('accepts a published example and refuses a changed check character or a forbidden letter', () => {
    expect(creditCodeProblem('91350100M000100Y43')).toBeUndefined();
    expect(creditCodeProblem('91350100M000100Y44')).toBe('checkDigit');
    expect(creditCodeProblem('91350100M000100I43')).toBe('format');
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });
});

describe('the streaming CSV reader', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF, a BOM, and numbers lines', async () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n\nlast,1';
    const got = await records([new TextEncoder().encode(text)]);
    expect(got).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['last', '1'] },
    ]);
  });

  it('reads a file cut anywhere into chunks the same, including inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('名,值\n"陈""小明",越秀\n');
    for (let cut = 1; cut < bytes.length; cut++) {
      const got = await records([bytes.subarray(0, cut), bytes.subarray(cut)]);
      expect(got.map((r) => r.fields)).toEqual([
        ['名', '值'],
        ['陈"小明', '越秀'],
      ]);
    }
  });

  it('decodes GB18030 (张三 = D5C5 C8FD) and refuses bytes that are not UTF-8', async () => {
    const gb = Uint8Array.from([0x61, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]);
    expect((await records([gb], 'gb18030'))[1]!.fields).toEqual(['张三']);
    await expect(records([gb], 'utf-8')).rejects.toBeInstanceOf(CsvFormatError);
  });

  it('refuses an unclosed quote naming its line', async () => {
    await expect(records([new TextEncoder().encode('a\n"open,b\n')])).rejects.toThrow(/line 2/);
  });

  it('writes fields that need quoting quoted', () => {
    expect(csvLine(['a,b', 'c"d', 3])).toBe('"a,b","c""d",3\r\n');
  });
});

describe('the synthetic registry generator', () => {
  const scale = { persons: 3000, entities: 300, buildings: 500 };
  it.each(['persons', 'entities', 'buildings'] as RegistryKind[])(
    'makes only valid %s rows, the same each time',
    (kind) => {
      const rows = [...generateRows(kind, 7, scale)];
      expect(rows[0]).toEqual([...columns[kind]]);
      for (const row of rows.slice(1)) {
        const parsed = rowSchemas[kind].safeParse(Object.fromEntries(columns[kind].map((c, i) => [c, row[i]])));
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }
      expect([...generateRows(kind, 7, scale, 1, 50)]).toEqual(rows.slice(2, 51));
      expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    },
  );

  it('counts 22 streets and 267 communities, and derives sex and birth date from an ID number', () => {
    expect(streets).toHaveLength(22);
    expect(streets.reduce((n, s) => n + s.communities.length, 0)).toBe(267);
    expect(derivedFromId('440104198503152014')).toEqual({ sex: 'male', birthDate: '1985-03-15' });
    expect(derivedFromId('440104199208234521').sex).toBe('female');
  });
});
