import { describe, expect, it } from 'vitest';
import { glyphRuns, drawableText } from '../../../functions/src/pdf/glyphs.js';
import { breakUnits, wrapText } from '../../../functions/src/pdf/text.js';

/** A measure where a CJK character is 1 wide and anything else 0.5 (like a font at size 1, roughly). */
const measure = (text: string) => [...text].reduce((sum, c) => sum + (c.charCodeAt(0) > 0x2e7f ? 1 : 0.5), 0);

describe('line breaking', () => {
  it('breaks between any two Han characters', () => {
    expect(wrapText('广州市越秀区中山四路', 4, measure)).toEqual(['广州市越', '秀区中山', '四路']);
  });

  it('breaks Latin text at spaces and never inside a word', () => {
    expect(wrapText('the quick brown fox', 5, measure)).toEqual(['the quick', 'brown fox']);
    expect(wrapText('Guangzhou Yuexiu', 5, measure)).toEqual(['Guangzhou', 'Yuexiu']);
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    expect(wrapText('一二三，四五', 3, measure)).toEqual(['一二', '三，四', '五']);
    expect(wrapText('一二（三四）', 3, measure)).toEqual(['一二', '（三', '四）']);
  });

  it('mixes Chinese and Latin, breaking between them', () => {
    expect(wrapText('中山四路123号 Room 5', 4, measure)).toEqual(['中山四路', '123号', 'Room 5']);
  });

  it('cuts a word longer than the line at characters', () => {
    const hash = '0123456789abcdef'.repeat(2);
    const lines = wrapText(hash, 5, measure);
    expect(lines.join('')).toBe(hash);
    expect(lines.every((line) => measure(line) <= 5)).toBe(true);
  });

  it('keeps line feeds and blank lines, and drops control characters', () => {
    expect(wrapText('第一行\r\n\n第三\u0007行\tend', 10, measure)).toEqual(['第一行', '', '第三行 end']);
  });

  it('never loses or reorders text apart from the spaces at breaks', () => {
    const text = '因工作原因需加急办理。Supporting letter from the employer (Guangzhou Example Co., Ltd.) attached.';
    for (const width of [2, 3, 5, 8, 13, 40]) {
      const lines = wrapText(text, width, measure);
      expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
      expect(lines.every((line) => measure(line) <= width)).toBe(true);
    }
  });

  it('treats a Latin word with its trailing punctuation as one unit', () => {
    expect(breakUnits('Co., Ltd.')).toEqual(['Co.,', ' ', 'Ltd.']);
    expect(breakUnits('号（甲）')).toEqual(['号', '（甲）']);
  });
});

describe('characters the font lacks', () => {
  const covers = (codePoint: number) => codePoint !== 0x20bb7;

  it('are cut into runs of their own', () => {
    expect(glyphRuns('张𠮷𠮷三', covers)).toEqual([
      { text: '张', covered: true },
      { text: '𠮷𠮷', covered: false },
      { text: '三', covered: true },
    ]);
  });

  it('are drawn as one 〓 each (a surrogate pair is one character)', () => {
    expect(drawableText('𠮷野家', covers)).toBe('〓野家');
  });
});
