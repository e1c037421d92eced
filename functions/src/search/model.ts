import { z } from 'zod';

/**
 * What search finds. Document types are open-ended: service items and their FAQs, public information
 * (notices, policy documents, interpretations) and the mailbox's published Q&A; a new type is a new string
 * here, a new mapper in documents.ts and a new snapshot format (snapshot.ts).
 */
export const documentTypes = ['service', 'faq', 'info', 'qa'] as const;
export type DocumentType = (typeof documentTypes)[number];

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * A searchable document, flattened into the indexed fields. Field weight (scoring.ts): title ≫
 * keywords, department ≫ requirements (conditions, materials) ≫ body (guide text, FAQ, notice text) ≫
 * context (the item an FAQ belongs to).
 */
export interface SearchDocument {
  /** Unique across types, e.g. `service:440104-MZ-0001`, `faq:440104-MZ-0001:2`. */
  readonly id: string;
  readonly type: DocumentType;
  /** The service item's code, or the information item's id. */
  readonly code: string;
  readonly title: Bilingual;
  readonly department: string | null;
  readonly url: string;
  /** A short text shown under the title. */
  readonly summary: Bilingual;
  readonly keywords: string;
  readonly departmentText: string;
  readonly requirements: string;
  readonly body: string;
  readonly context: string;
}

const maxQueryLength = 100;
const pageNumber = (name: string, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} is a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(1, `${name} is at least 1`).max(max, `${name} is at most ${max}`));

/** Query of `GET /api/search`. */
export const searchQuery = z.object({
  q: z
    .string({ error: 'q is required: the words to search for' })
    .trim()
    .min(1, 'q is required: the words to search for')
    .max(maxQueryLength, `q is at most ${maxQueryLength} characters`),
  type: z.enum(documentTypes).optional(),
  page: pageNumber('page', 1_000).optional(),
  pageSize: pageNumber('pageSize', 50).optional(),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z.object({
  type: z.enum(documentTypes),
  code: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  snippet: z.string(),
  department: z.string().nullable(),
  score: z.number(),
  url: z.string(),
});
export type SearchHit = z.infer<typeof searchHit>;

/** The body of `GET /api/search`. */
export const searchResponse = z.object({
  query: z.string(),
  items: z.array(searchHit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  tookMs: z.number(),
});
export type SearchResponse = z.infer<typeof searchResponse>;
