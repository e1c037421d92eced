import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bundledFontFile,
  fontFileCandidates,
  fontPackageFile,
  loadCjkFont,
  loadFontFrom,
  type CjkFont,
} from '../../../functions/src/pdf/font.js';
import { renderFormPdf } from '../../../functions/src/pdf/form-pdf.js';
import { answers, form, item } from './fixtures.js';
import { embeddedFont } from './pdf-reader.js';

let font: CjkFont;
beforeAll(async () => {
  font = await loadCjkFont();
});

/** The Han characters of GB 2312 (rows 16–87), decoded from their EUC-CN codes. */
function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gb18030');
  const chars: string[] = [];
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      const codePoint = char.codePointAt(0)!;
      // D7FA–D7FE are unassigned in GB 2312 (GB 18030 maps them to private use).
      if (codePoint < 0xe000 || codePoint > 0xf8ff) chars.push(char);
    }
  }
  return chars;
}

describe('the CJK font', () => {
  it('is found in node_modules when running from source', () => {
    expect(font.file).toMatch(/@expo-google-fonts\/noto-sans-sc\/400Regular\/NotoSansSC_400Regular\.ttf$/);
    expect(fontFileCandidates()[0]).toMatch(new RegExp(`functions/src/pdf/${bundledFontFile}$`));
  });

  it('covers all 6,763 Han characters of GB 2312 and the unified ideographs up to U+9FEF', () => {
    const hanzi = gb2312Hanzi();
    expect(hanzi).toHaveLength(6763);
    expect(hanzi.filter((c) => !font.covers(c.codePointAt(0)!))).toEqual([]);
    const missing: number[] = [];
    for (let cp = 0x4e00; cp <= 0x9fef; cp++) if (!font.covers(cp)) missing.push(cp);
    for (let cp = 0x3400; cp <= 0x4db5; cp++) if (!font.covers(cp)) missing.push(cp);
    expect(missing).toEqual([]);
  });

  it('covers rare characters of names and places, but not 𠮷 (CJK Extension B)', () => {
    for (const char of '蔺粤穗鑫龘㵘𬌗𰻞') expect(font.covers(char.codePointAt(0)!), char).toBe(true);
    expect(font.covers('𠮷'.codePointAt(0)!)).toBe(false);
  });

  it('fails with a message that says what to install or bundle', async () => {
    await expect(loadFontFrom(['/nowhere/NotoSansSC_400Regular.ttf'])).rejects.toThrow(
      new RegExp(`missing: looked for /nowhere/NotoSansSC_400Regular.ttf.*${fontPackageFile}.*${bundledFontFile}`),
    );
  });
});

describe('the font embedded in a PDF', { timeout: 30_000 }, () => {
  it('is a subset whose every glyph has the outline and width of the original', async () => {
    const bytes = await renderFormPdf({ form, item, answers, mode: 'filled', language: 'zh' });
    const { program, toUnicode } = await embeddedFont(bytes);
    const original = fontkit.create(Buffer.from(font.bytes)) as fontkit.Font;
    const subset = fontkit.create(Buffer.from(program)) as fontkit.Font;
    expect(program.length).toBeLessThan(100_000);
    expect(subset.numGlyphs).toBeLessThan(300);
    expect(toUnicode.size).toBeGreaterThan(100);
    expect(toUnicode.size).toBeLessThanOrEqual(subset.numGlyphs);
    const text = [...toUnicode.values()].join('');
    for (const char of '申请人姓名蔺粤穗鑫龘㵘〓✓') expect(text).toContain(char);
    for (const [gid, char] of toUnicode) {
      // The glyph as laid out next to Han or Latin text: the font's GSUB gives digits in Latin text other glyphs.
      const sources = [original.layout(char).glyphs[0]!, original.layout(`a${char}`).glyphs.at(-1)!];
      const embedded = subset.getGlyph(gid);
      const source = sources.find((glyph) => glyph.path.toSVG() === embedded.path.toSVG());
      expect(source, `the outline of ${char}`).toBeDefined();
      expect(embedded.advanceWidth, char).toBe(source!.advanceWidth);
    }
  });
});
