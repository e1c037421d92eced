import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * The one font of every generated PDF: Noto Sans SC Regular (OFL-1.1), version 2.004, as TrueType outlines,
 * from the npm package `@expo-google-fonts/noto-sans-sc` (pinned in functions/package.json). It covers GB 2312,
 * GBK's two-byte repertoire (21,891 of 21,892 characters: only ≒ is missing), U+4E00–9FEF and Extension A (the
 * Han characters of GB 18030's BMP) and the supplementary-plane characters of the 通用规范汉字表 (e.g. 𬌗 𫟹 𰻞);
 * it lacks most of Extension B (e.g. 𠮷), which the renderers draw as 〓 (see glyphs.ts).
 *
 * pdf-lib lays out and subsets the font with fontkit 2 (upstream), not with its own fork @pdf-lib/fontkit 1.1.1:
 * the fork writes short `loca` offsets for glyphs of odd length and so corrupts most glyphs of this font (and
 * it garbles the CID-keyed CFF of Source Han Sans / Noto Sans CJK OTFs), while the PDF text still extracts
 * fine. tests/unit/pdf/font.test.ts compares every embedded outline with the font's.
 *
 * **Lambda bundles** have no node_modules, so infra must copy the file into the bundle, beside the handler:
 *   from `node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf`
 *   to   `<bundle root>/fonts/NotoSansSC_400Regular.ttf`
 * (e.g. a NodejsFunction `commandHooks.afterBundling` `cp`; 10.6 MB, about 7 MB zipped). Locally (tsx,
 * vitest) the package file is resolved from node_modules.
 */
export const fontPackageFile = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

/** Where a bundle carries the font, relative to the bundled handler file. */
export const bundledFontFile = 'fonts/NotoSansSC_400Regular.ttf';

/** The font's bytes, parsed once and shared by every document this process renders. */
export interface CjkFont {
  /** The file the font was read from. */
  readonly file: string;
  readonly bytes: Uint8Array;
  /** Hands pdf-lib the already parsed font, through fontkit 2 (pdf-lib would otherwise parse it per document). */
  readonly fontkit: Fontkit;
  /** Whether the font has a glyph for a code point. */
  covers(codePoint: number): boolean;
}

/** The places the font is looked for, in order: beside the bundle, then in node_modules. */
export function fontFileCandidates(): string[] {
  const candidates = [fileURLToPath(new URL(bundledFontFile, import.meta.url))];
  try {
    candidates.push(createRequire(import.meta.url).resolve(fontPackageFile));
  } catch {
    // Not installed (as in a Lambda bundle): only the bundled copy can serve.
  }
  return candidates;
}

/** Reads and parses the font from the first of `files` that exists; a clear error names them all if none does. */
export async function loadFontFrom(files: readonly string[]): Promise<CjkFont> {
  for (const file of files) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (!bytes) continue;
    const parsed = fontkit.create(bytes);
    if (!('createSubset' in parsed)) throw new Error(`${file} is a font collection, not a font`);
    const codePoints = new Set(parsed.characterSet);
    return { file, bytes, fontkit: forPdfLib(parsed), covers: (codePoint) => codePoints.has(codePoint) };
  }
  throw new Error(
    `The CJK font for PDF documents is missing: looked for ${files.join(' and ')}. ` +
      `Install the functions workspace's dependencies, or copy node_modules/${fontPackageFile} ` +
      `into the Lambda bundle as ${bundledFontFile} (see functions/src/pdf/font.ts).`,
  );
}

/**
 * pdf-lib's view of a fontkit 2 font: the same API, except that pdf-lib reads a subset through the
 * `encodeStream()` events of fontkit 1 where fontkit 2 has `encode()`.
 */
function forPdfLib(font: fontkit.Font): Fontkit {
  const createSubset = font.createSubset.bind(font);
  const withStream = (subset: fontkit.Subset) =>
    Object.assign(subset, { encodeStream: () => encodeStream(() => subset.encode()) });
  Object.assign(font, { createSubset: () => withStream(createSubset()) });
  return { create: () => font as unknown as ReturnType<Fontkit['create']> };
}

/** The `on('data' | 'end' | 'error')` events pdf-lib listens to, fired once the listeners are attached. */
function encodeStream(encode: () => Uint8Array) {
  const listeners: Record<string, (value?: unknown) => void> = {};
  queueMicrotask(() => {
    try {
      listeners.data?.(encode());
      listeners.end?.();
    } catch (error) {
      listeners.error?.(error);
    }
  });
  const stream = {
    on(event: string, listener: (value?: unknown) => void) {
      listeners[event] = listener;
      return stream;
    },
  };
  return stream;
}

let loading: Promise<CjkFont> | undefined;

/** The font, read on first use (about 100 ms) and kept for the life of the process. */
export function loadCjkFont(): Promise<CjkFont> {
  loading ??= loadFontFrom(fontFileCandidates()).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
