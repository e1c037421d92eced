import { Buffer } from 'node:buffer';
import type { SearchDocument } from './model.js';

/** What a result list shows of a document. */
export type StoredFields = Pick<SearchDocument, 'type' | 'code' | 'title' | 'department' | 'url' | 'summary'>;

/** A document's id and display fields, as the index keeps them. */
export type StoredDocument = StoredFields & Pick<SearchDocument, 'id'>;

/** The texts kept per document, in order; an English text equal to the Chinese one is kept once. */
const slots = ['id', 'code', 'titleZh', 'titleEn', 'department', 'url', 'summaryZh', 'summaryEn'] as const;
const slot = Object.fromEntries(slots.map((name, i) => [name, i])) as Record<(typeof slots)[number], number>;

const sameTitle = 1;
const sameSummary = 2;
const noDepartment = 4;

/**
 * Every document's display texts as one UTF-8 block with byte offsets, plus a flags byte per document
 * (English equals Chinese; no department). Nothing is decoded until a document is shown, so loading a
 * snapshot creates no strings for the tens of thousands of documents that no search returns.
 */
export interface StoredDocumentData {
  readonly text: Uint8Array;
  /** `slots.length` offsets per document, and the end. */
  readonly offsets: Uint32Array;
  readonly flags: Uint8Array;
}

/** Packs the display texts of documents numbered 0, 1, … in order. */
export function packStoredDocuments(documents: readonly Omit<StoredDocument, 'type'>[]): StoredDocumentData {
  const texts: string[] = [];
  const flags = new Uint8Array(documents.length);
  for (const [n, d] of documents.entries()) {
    const titleSame = d.title.en === d.title.zh;
    const summarySame = d.summary.en === d.summary.zh;
    flags[n] =
      (titleSame ? sameTitle : 0) | (summarySame ? sameSummary : 0) | (d.department === null ? noDepartment : 0);
    texts.push(
      d.id,
      d.code,
      d.title.zh,
      titleSame ? '' : d.title.en,
      d.department ?? '',
      d.url,
      d.summary.zh,
      summarySame ? '' : d.summary.en,
    );
  }
  const encoder = new TextEncoder();
  const encoded = texts.map((t) => encoder.encode(t));
  const offsets = new Uint32Array(texts.length + 1);
  for (const [i, bytes] of encoded.entries()) offsets[i + 1] = offsets[i]! + bytes.length;
  const text = new Uint8Array(offsets[texts.length]!);
  for (const [i, bytes] of encoded.entries()) text.set(bytes, offsets[i]!);
  return { text, offsets, flags };
}

/** Reads one document's display texts back. */
export function unpackStoredDocument(
  data: StoredDocumentData,
  n: number,
  type: StoredDocument['type'],
): StoredDocument {
  const text = Buffer.from(data.text.buffer, data.text.byteOffset, data.text.byteLength);
  const read = (s: number) => {
    const at = n * slots.length + s;
    return text.toString('utf8', data.offsets[at], data.offsets[at + 1]);
  };
  const flags = data.flags[n]!;
  const titleZh = read(slot.titleZh);
  const summaryZh = read(slot.summaryZh);
  return {
    id: read(slot.id),
    type,
    code: read(slot.code),
    title: { zh: titleZh, en: flags & sameTitle ? titleZh : read(slot.titleEn) },
    department: flags & noDepartment ? null : read(slot.department),
    url: read(slot.url),
    summary: { zh: summaryZh, en: flags & sameSummary ? summaryZh : read(slot.summaryEn) },
  };
}
