import MiniSearch, { type AsPlainObject, type Query, type SearchOptions } from 'minisearch';
import type { DocumentType, SearchDocument } from './model.js';
import { indexTerms, queryTerms, type QueryTerm } from './segmenter.js';
import { synonymGroups } from './vocabulary.js';

/** A ranked match, with what a result list shows of it. */
export interface IndexHit {
  readonly id: string;
  readonly score: number;
  readonly document: StoredFields;
}

export type StoredFields = Pick<SearchDocument, 'type' | 'code' | 'title' | 'department' | 'url' | 'summary'>;

export interface IndexSearch {
  readonly text: string;
  readonly type?: DocumentType;
}

/**
 * The port search runs on. `createInProcessIndex` (MiniSearch, in the search function's memory) is the
 * adapter now; an OpenSearch adapter can implement the same three operations later (see service.ts).
 */
export interface SearchIndex {
  /** Every match, best first. */
  search(query: IndexSearch): IndexHit[];
  readonly documentCount: number;
  /** A plain object that `loadInProcessIndex` turns back into the same index. */
  toSnapshot(): unknown;
}

/** Field weights: name ≫ keywords/department ≫ conditions/materials ≫ guide and FAQ text ≫ FAQ's item. */
export const fieldBoosts = {
  titleZh: 10,
  titleEn: 10,
  keywords: 4,
  departmentText: 4,
  requirements: 2,
  body: 1,
  context: 0.5,
} as const;

/** A service item outranks its own FAQ and a notice that says the same words. */
const typeBoosts: Record<DocumentType, number> = { service: 1, faq: 0.7, info: 0.8 };

/** How much a synonym counts against the word the citizen typed. */
const synonymWeight = 0.7;

const fields = Object.keys(fieldBoosts);
const storeFields: (keyof StoredFields)[] = ['type', 'code', 'title', 'department', 'url', 'summary'];

function extractField(document: SearchDocument, field: string): string {
  switch (field) {
    case 'titleZh':
      return document.title.zh;
    case 'titleEn':
      return document.title.en === document.title.zh ? '' : document.title.en;
    default:
      return (document as unknown as Record<string, string>)[field] ?? '';
  }
}

const options = {
  idField: 'id',
  fields,
  storeFields,
  extractField: extractField as (document: unknown, field: string) => string,
  tokenize: indexTerms,
  // Terms come out of the segmenter normalised; queries are built from terms, never re-tokenised.
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

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

/** The query tree: any of the citizen's terms (OR), each as itself or, weighted lower, its synonyms. */
export function buildQuery(text: string): Query | undefined {
  const seen = new Set<string>();
  const queries: Query[] = [];
  for (const term of queryTerms(text)) {
    if (seen.has(term.term)) continue;
    const group = synonymsOf(term.term);
    for (const t of group) seen.add(t);
    const own: Query = {
      queries: [term.term],
      fuzzy: typoDistance(term) || false,
      prefix: term.script === 'latin' ? term.term.length >= 3 : term.term.length === 1,
    };
    const others = group.filter((t) => t !== term.term);
    queries.push(
      others.length === 0
        ? own
        : { combineWith: 'OR', queries: [own, { queries: others, boostTerm: () => synonymWeight }] },
    );
  }
  return queries.length === 0 ? undefined : { combineWith: 'OR', queries };
}

class InProcessIndex implements SearchIndex {
  constructor(private readonly mini: MiniSearch<SearchDocument>) {}

  get documentCount(): number {
    return this.mini.documentCount;
  }

  search({ text, type }: IndexSearch): IndexHit[] {
    const query = buildQuery(text);
    if (!query) return [];
    const searchOptions: SearchOptions = {
      boost: fieldBoosts,
      boostDocument: (_id, _term, stored) => typeBoosts[(stored as StoredFields).type] ?? 1,
      ...(type ? { filter: (r) => r.type === type } : {}),
    };
    return this.mini.search(query, searchOptions).map((r) => ({
      id: String(r.id),
      score: r.score,
      document: {
        type: r.type,
        code: r.code,
        title: r.title,
        department: r.department,
        url: r.url,
        summary: r.summary,
      },
    }));
  }

  toSnapshot(): unknown {
    return this.mini.toJSON();
  }
}

/** An in-process index of the documents. */
export function createInProcessIndex(documents: Iterable<SearchDocument>): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(options);
  for (const document of documents) mini.add(document);
  return new InProcessIndex(mini);
}

/** The index a snapshot was taken of (same segmentation version; the caller checks it). */
export function loadInProcessIndex(snapshot: unknown): SearchIndex {
  return new InProcessIndex(MiniSearch.loadJS<SearchDocument>(snapshot as AsPlainObject, options));
}
