/**
 * Cuts Chinese and English text into search terms.
 *
 * Why not jieba: `jieba-wasm` 2.4.0 segments well (cut_for_search gives 居民/身份/身份证/居民身份证) but its
 * Node build is CommonJS that reads a 4 MB .wasm next to itself through `__dirname`; an esbuild ESM bundle
 * (CDK NodejsFunction) neither copies the file nor defines `__dirname`, so the bundled handler fails at
 * load. Using it would need a binary loader or a copy hook in the CDK bundling options and a 4 MB module
 * to compile on every cold start. `@node-rs/jieba` is a native binary (14 MB, per platform).
 *
 * Instead: ICU's word segmentation (`Intl.Segmenter`, built into Node) plus a dictionary pass that keeps
 * the domain vocabulary whole (vocabulary.ts), plus bigrams over the runs ICU could only cut into single
 * characters (its out-of-vocabulary words: 社/保/卡/补/办 → 社保, 保卡, 卡补, 补办), for recall.
 *
 * Documents and queries are cut differently, as ik_max_word / ik_smart do: a document yields every term
 * (ICU words, dictionary words, nested ones, bigrams) so that it can be found by any of them; a query
 * prefers dictionary words and drops the ICU fragments inside them, so 新生儿 does not also search 新生
 * (new students) and 结婚登记 does not also search 登记.
 */
import { chineseStopWords, domainTerms, englishStopWords, synonymGroups } from './vocabulary.js';

const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const han = /\p{Script=Han}/u;

/** Dictionary words by their first character, longest first. */
const dictionary = (() => {
  const byFirst = new Map<string, string[]>();
  const words = [...domainTerms, ...synonymGroups.flat()].filter((w) => han.test(w) && w.length > 1);
  for (const word of new Set(words)) {
    const list = byFirst.get(word[0]!) ?? [];
    list.push(word);
    byFirst.set(word[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

/** Full-width to half-width, compatibility forms folded, lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** A light English stem, the same for documents and queries: plural -s and -es. */
export function stemEnglish(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export type TermScript = 'han' | 'latin';

export interface QueryTerm {
  readonly term: string;
  readonly script: TermScript;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** One stretch of Han text and where ICU cut it. */
interface HanRun {
  readonly text: string;
  readonly segments: readonly Span[];
}

/** A Han run, or a run of other letters and digits: `2020年` is `2020` and `年`, not one word. */
const runPattern = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/**
 * Splits text into Han runs (with ICU's cuts) and Latin/number words. ICU sees one run at a time: its
 * segmenter slows down more than linearly on long strings (16k characters: 150 ms; 110k: 22 s).
 */
function scan(text: string): { runs: HanRun[]; latin: string[] } {
  const runs: HanRun[] = [];
  const latin: string[] = [];
  for (const [match] of normalizeText(text).matchAll(runPattern)) {
    if (!han.test(match[0]!)) {
      latin.push(match);
      continue;
    }
    if (match.length === 1) {
      runs.push({ text: match, segments: [{ start: 0, end: 1 }] });
      continue;
    }
    const segments: Span[] = [];
    for (const s of wordSegmenter.segment(match)) segments.push({ start: s.index, end: s.index + s.segment.length });
    runs.push({ text: match, segments });
  }
  return { runs, latin };
}

/** Every dictionary word in a run, nested ones included (居民身份证 and 身份证). */
function dictionaryMatches(text: string): Span[] {
  const found: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const word of dictionary.get(text[i]!) ?? []) {
      if (text.startsWith(word, i)) found.push({ start: i, end: i + word.length });
    }
  }
  return found;
}

/** Bigrams over each stretch of two or more single-character ICU segments. */
function singleCharacterBigrams(run: HanRun): Span[] {
  const bigrams: Span[] = [];
  let stretchStart = -1;
  const segments = [...run.segments, { start: run.text.length, end: run.text.length + 2 }];
  for (const [i, seg] of segments.entries()) {
    const single = seg.end - seg.start === 1 && i < run.segments.length;
    if (single && stretchStart < 0) stretchStart = seg.start;
    if (!single && stretchStart >= 0) {
      for (let p = stretchStart; p + 2 <= seg.start; p++) bigrams.push({ start: p, end: p + 2 });
      stretchStart = -1;
    }
  }
  return bigrams;
}

const inside = (span: Span, outer: readonly Span[]) =>
  outer.some((o) => o.start <= span.start && span.end <= o.end && o.end - o.start > span.end - span.start);

function englishTerms(words: readonly string[]): string[] {
  return words.filter((w) => !englishStopWords.has(w)).map(stemEnglish);
}

/** Every term of a document's text, for the index. */
export function indexTerms(text: string): string[] {
  const { runs, latin } = scan(text);
  const terms: string[] = englishTerms(latin);
  for (const run of runs) {
    const spans = [
      ...run.segments.filter((s) => s.end - s.start > 1),
      ...dictionaryMatches(run.text),
      ...singleCharacterBigrams(run),
    ];
    for (const span of spans) {
      const term = run.text.slice(span.start, span.end);
      if (!chineseStopWords.has(term)) terms.push(term);
    }
  }
  return terms;
}

/**
 * The terms of a query, each once: dictionary words (nested ones too), ICU words and bigrams that no
 * dictionary word covers. A lone Han character that is not a stop word is kept (searched by prefix).
 */
export function queryTerms(text: string): QueryTerm[] {
  const { runs, latin } = scan(text);
  const terms = new Map<string, QueryTerm>();
  for (const run of runs) {
    const words = dictionaryMatches(run.text);
    const others = [...run.segments.filter((s) => s.end - s.start > 1), ...singleCharacterBigrams(run)].filter(
      (s) => !inside(s, words) && !words.some((w) => w.start === s.start && w.end === s.end),
    );
    let spans = [...words, ...others];
    if (spans.length === 0) spans = run.segments.filter((s) => s.end - s.start === 1);
    for (const span of spans) {
      const term = run.text.slice(span.start, span.end);
      if (!chineseStopWords.has(term)) terms.set(term, { term, script: 'han' });
    }
  }
  for (const term of englishTerms(latin)) terms.set(term, { term, script: 'latin' });
  return [...terms.values()];
}

/** True when a text has Han characters (a Chinese query gets Chinese titles and snippets first). */
export function hasHan(text: string): boolean {
  return han.test(text);
}
