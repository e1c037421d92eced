/**
 * Line breaking for mixed Chinese and Latin text: a line may break between any two CJK characters and at
 * spaces, never inside a Latin word or number (unless the word alone is wider than the line), and follows the
 * basic 禁则 (kinsoku) rules: closing punctuation such as ，。）」 never starts a line and opening punctuation
 * such as （「“ never ends one.
 */

/** Measures the width of a piece of text (in points, at the size being laid out). */
export type Measure = (text: string) => number;

const cjk =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u2e80-\u2fff\u3000-\u303f\uff00-\uffef]/u;
/** Characters that may not start a line: they stay with the character before them. */
const noStart = new Set([...'，。、；：！？）］｝〕〉》」』】〙〗〟’”｠»…‥—–·・ー々〻,.;:!?)]}%％‰℃']);
/** Characters that may not end a line: they stay with the character after them. */
const noEnd = new Set([...'（［｛〔〈《「『【〘〖〝‘“｟«([{¥￥$£€#']);

/**
 * The units a line may break between. Spaces are units of their own (dropped at a break); a Latin word is one
 * unit; each CJK character is one unit; punctuation joins its neighbour as kinsoku requires.
 */
export function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  let joinNext = false;
  for (const char of paragraph) {
    const last = units.at(-1);
    const isSpace = char === ' ';
    const lastIsSpace = last !== undefined && last.endsWith(' ');
    const glue =
      last !== undefined &&
      (joinNext ||
        (isSpace && lastIsSpace) ||
        (!isSpace && !lastIsSpace && (noStart.has(char) || (!cjk.test(char) && !cjk.test(last.at(-1) ?? '')))));
    if (glue) units[units.length - 1] = last + char;
    else units.push(char);
    joinNext = noEnd.has(char);
  }
  return units;
}

/** Splits a unit wider than the line at character boundaries. */
function splitWide(unit: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece !== '' && measure(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Lays out one paragraph (no line feeds) greedily. A line's width is the sum of its units' widths (each unit is
 * measured once), so a long answer costs time in proportion to its length.
 */
function wrapParagraph(paragraph: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const unit of breakUnits(paragraph)) {
    const unitWidth = measure(unit);
    if (lineWidth + unitWidth <= width) {
      line += unit;
      lineWidth += unitWidth;
      continue;
    }
    if (unit.trim() === '') {
      lines.push(line);
      [line, lineWidth] = ['', 0];
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    const pieces = unitWidth > width ? splitWide(unit, width, measure) : [unit];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    lineWidth = measure(line);
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/**
 * The lines of `text` that fit `width`. Line feeds (\n, \r\n) start new lines and blank lines are kept; tabs
 * count as a space and other control characters are dropped.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/\p{Cc}/gu, (char) => (char === '\n' ? char : ''));
  return clean.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width, measure));
}
