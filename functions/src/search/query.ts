import { synonymWeight } from './scoring.js';
import { queryTerms, type QueryTerm } from './segmenter.js';
import { synonymGroups } from './vocabulary.js';

/** One term to look up for a query, and how loosely. */
export interface QueryAtom {
  readonly term: string;
  /** 1 for the citizen's own word, `synonymWeight` for a synonym of it. */
  readonly weight: number;
  /** Also matches longer terms that begin with it. */
  readonly prefix: boolean;
  /** Also matches terms this many edits away (0: exact only). */
  readonly maxEdits: number;
}

/** English typos: one edit from 4 characters, two from 8; none for Chinese. */
export function typoDistance(term: QueryTerm): number {
  if (term.script !== 'latin') return 0;
  if (term.term.length >= 8) return 2;
  return term.term.length >= 4 ? 1 : 0;
}

const synonymsOf = (() => {
  const map = new Map<string, readonly string[]>();
  for (const group of synonymGroups) for (const term of group) map.set(term, group);
  return (term: string) => map.get(term) ?? [term];
})();

/**
 * What to look up for a query: each of the citizen's terms (any may match), by prefix when it is a Latin
 * word of three letters or more or a lone Han character, with typos when `typoDistance` allows; and, exact
 * and weighted lower, its synonyms. A term already covered as a synonym of an earlier one is skipped.
 */
export function planQuery(text: string): QueryAtom[] {
  const seen = new Set<string>();
  const atoms: QueryAtom[] = [];
  for (const term of queryTerms(text)) {
    if (seen.has(term.term)) continue;
    const group = synonymsOf(term.term);
    for (const t of group) seen.add(t);
    atoms.push({
      term: term.term,
      weight: 1,
      prefix: term.script === 'latin' ? term.term.length >= 3 : term.term.length === 1,
      maxEdits: typoDistance(term),
    });
    for (const t of group) {
      if (t !== term.term) atoms.push({ term: t, weight: synonymWeight, prefix: false, maxEdits: 0 });
    }
  }
  return atoms;
}
