/**
 * What happens to characters the font has no glyph for (say 𠮷, from CJK Extension B, in a name): instead of an
 * invisible .notdef glyph they are drawn as 〓 (U+3013 GETA MARK, the typesetter's sign for a missing character),
 * inside a marked-content span whose /ActualText holds the real characters, so readers that honour ActualText
 * (Acrobat, poppler) still copy the right text; others copy 〓, which at least shows that something is missing.
 */

/** The sign drawn for a character the font lacks. */
export const missingGlyphSign = '〓';

/** A stretch of text that the font either draws as it is or lacks. */
export interface GlyphRun {
  readonly text: string;
  readonly covered: boolean;
}

/** The text cut into runs of characters the font covers and runs it lacks. */
export function glyphRuns(text: string, covers: (codePoint: number) => boolean): GlyphRun[] {
  const runs: { text: string; covered: boolean }[] = [];
  for (const char of text) {
    const covered = covers(char.codePointAt(0) ?? 0);
    const last = runs.at(-1);
    if (last && last.covered === covered) last.text += char;
    else runs.push({ text: char, covered });
  }
  return runs;
}

/** The text as it will be drawn: each missing character replaced by the sign. */
export function drawableText(text: string, covers: (codePoint: number) => boolean): string {
  return glyphRuns(text, covers)
    .map((run) => (run.covered ? run.text : missingGlyphSign.repeat([...run.text].length)))
    .join('');
}
