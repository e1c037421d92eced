/**
 * The archive catalogue's search index (core table): small items written at archiving, beside the catalogue entry,
 * so every search is a bounded Query on a key, never a department's whole catalogue read and filtered in memory.
 * Each item carries the result line (what a search shows), so a search reads nothing else. Per department:
 * - OFFDOC-ARCHIVE-IX#<dept>                 / <signedAt>#<id>: all, newest first
 * - OFFDOC-ARCHIVE-IX#<dept>#Y<year>         / <signedAt>#<id>: by year
 * - OFFDOC-ARCHIVE-IX#<dept>#T<type>         / <signedAt>#<id>: by type
 * - OFFDOC-ARCHIVE-IX#<dept>#Y<year>#T<type> / <signedAt>#<id>: by year and type
 * - OFFDOC-ARCHIVE-NO#<dept>                 / <normalised number>#<id>: by number, its beginning (begins_with)
 * - OFFDOC-ARCHIVE-TX#<dept>#<term>          / <signedAt>#<id>: full text, one posting a term of the title and body
 *   (the site search's segmenter), and one a Han character (`C:<char>`, for a lone character searched by prefix)
 * Items are immutable and their keys derive from the entry, so writing them again (a retried archiving) changes
 * nothing. At the plan's 700k entries a document of ~300 distinct terms is ~300 postings: ~200M small items,
 * written once; a search reads tens to a few hundred.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamoClient } from '../platform/aws-clients.js';
import { config } from '../platform/config.js';
import { normalizeText } from '../search/segmenter.js';
import type { CatalogueEntry, CatalogueLine } from './archive-model.js';

const table = () => config().tables.core;

export const listKey = (department: string, year?: number, type?: string) =>
  `OFFDOC-ARCHIVE-IX#${department}${year ? `#Y${year}` : ''}${type ? `#T${type}` : ''}`;
export const numberKey = (department: string) => `OFFDOC-ARCHIVE-NO#${department}`;
export const termKey = (department: string, term: string) => `OFFDOC-ARCHIVE-TX#${department}#${term}`;
/** The posting of a Han character, for a one-character query (matched by prefix among the terms). */
export const characterTerm = (char: string) => `C:${char}`;

export const timeSk = (e: { signedAt: string; documentId: string }) => `${e.signedAt}#${e.documentId}`;
export const numberSk = (number: string, documentId: string) => `${normalizeText(number)}#${documentId}`;

export const lineOf = (e: CatalogueEntry): CatalogueLine => ({
  id: e.documentId,
  department: e.department,
  number: e.number,
  title: e.title,
  type: e.type,
  year: e.year,
  signedAt: e.signedAt,
  signedBy: e.signedBy,
  archivedAt: e.archivedAt,
  retention: e.retention,
  retainUntil: e.retainUntil,
  pdfSha256: e.pdf.sha256,
});

/** Every index item of an entry. */
export function indexItems(entry: CatalogueEntry): Record<string, unknown>[] {
  const line = lineOf(entry);
  const sk = timeSk(entry);
  const d = entry.department;
  const chars = new Set(entry.terms.flatMap((t) => [...t].filter((c) => /\p{Script=Han}/u.test(c))));
  const terms = new Set([...entry.terms, ...[...chars].map(characterTerm)]);
  return [
    ...[listKey(d), listKey(d, entry.year), listKey(d, undefined, entry.type), listKey(d, entry.year, entry.type)].map(
      (pk) => ({ pk, sk, ...line }),
    ),
    { pk: numberKey(d), sk: numberSk(entry.number, entry.documentId), ...line },
    // Postings hold the line too: a search's result needs no other read.
    ...[...terms].map((term) => ({ pk: termKey(d, term), sk, ...line })),
  ];
}

/** Writes an entry's index items, 25 a batch, again what DynamoDB leaves unprocessed. */
export async function writeIndex(entry: CatalogueEntry): Promise<number> {
  const items = indexItems(entry);
  for (let i = 0; i < items.length; i += 25) {
    let requests = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 8) throw new Error(`Archive index of ${entry.documentId}: writes left unprocessed`);
      const out = await dynamoClient().send(new BatchWriteCommand({ RequestItems: { [table()!]: requests } }));
      requests = (out.UnprocessedItems?.[table()!] ?? []) as typeof requests;
      if (requests.length > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
  return items.length;
}
