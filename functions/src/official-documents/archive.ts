import { nowIso } from '../platform/clock.js';
import { indexTerms } from '../search/segmenter.js';
import { retainUntil, retentionByType, type CatalogueEntry } from './archive-model.js';
import * as archived from './archive-store.js';
import type { DocumentContent } from './model.js';
import { renderSignedDocument } from './pdf.js';
import type { StoredDocument } from './store.js';
import * as store from './store.js';

/**
 * Archiving (归档) of a signed outgoing document, at signing. Why then and not when every recipient has closed its
 * receipt: the filing rules (DA/T 22, 国家档案局令第8号) file a document with the organ that formed it, and the
 * drafting department's file of an outgoing document — the signed original, its drafts and the drafting, review
 * and signing opinions — is complete once it is signed; each recipient's registration and handling (收文) is that
 * department's own record, not part of the sender's. Archiving at signing also keeps the signed PDF from the
 * moment it exists: its bytes are stored once, locked, and every later copy comes from the archive rather than
 * from a new rendering.
 *
 * The package (archive bucket, Object Lock COMPLIANCE, retained until signing time + the type's retention period):
 * the signed PDF and a JSON record (metadata, every opinion, the history, the versions, the PDF's SHA-256); the
 * catalogue entry holds both objects' SHA-256, which the integrity check (archive-check.ts) compares.
 */

const yearOf = (number: string) => Number(/〔(\d{4})〕/.exec(number)?.[1] ?? '0');

/** The JSON record of a signed document. */
function recordOf(
  record: StoredDocument,
  signed: DocumentContent & { version: number },
  versions: readonly { version: number; at: string; by: string; title: string }[],
  extra: Pick<CatalogueEntry, 'retention' | 'retainUntil' | 'archivedAt' | 'pdf'>,
) {
  return {
    format: 'yuexiu-official-document-archive/1',
    documentId: record.documentId,
    number: record.number,
    department: record.department,
    drafter: record.drafter,
    signedBy: record.signedBy,
    signedAt: record.signedAt,
    signedVersion: signed.version,
    contentHash: record.contentHash,
    archiveSeq: record.archiveSeq,
    content: {
      title: signed.title,
      type: signed.type,
      urgency: signed.urgency,
      security: signed.security,
      mainRecipients: signed.mainRecipients,
      copyRecipients: signed.copyRecipients,
      body: signed.body,
    },
    opinions: record.history
      .filter((e) => e.opinion)
      .map(({ action, by, at, department, opinion }) => ({ action, by, at, department, opinion })),
    history: record.history,
    versions,
    ...extra,
  };
}

/**
 * Archives a signed document: renders its signed PDF once, writes the locked package and its catalogue entry.
 * Again for the same document: nothing (its catalogue entry is already there). Returns the catalogue entry.
 */
export async function archiveDocument(record: StoredDocument): Promise<CatalogueEntry> {
  const { number, signedAt, signedBy, signedVersion, archiveSeq } = record;
  if (!number || !signedAt || !signedBy || !signedVersion || !archiveSeq) {
    throw new Error(`Official document ${record.documentId}: only a signed document is archived`);
  }
  const year = yearOf(number);
  const existing = await archived.catalogueEntry(record.department, signedAt, record.documentId);
  if (existing) return existing;
  const signed = await store.getVersion(record.documentId, signedVersion);
  if (!signed) throw new Error(`Official document ${record.documentId}: its signed version is missing`);
  const { versions } = await store.documentParts(record.documentId);
  const retention = retentionByType[signed.type];
  const until = retainUntil(signedAt, retention);
  const prefix = archived.packagePrefix(record.department, year, record.documentId);
  const pdf = await archived.putLocked(
    `${prefix}document.pdf`,
    await renderSignedDocument(record, signed),
    'application/pdf',
    until,
  );
  const archivedAt = nowIso();
  const json = recordOf(
    record,
    signed,
    versions.map(({ version, at, by, title }) => ({ version, at, by, title })),
    { retention, retainUntil: until, archivedAt, pdf },
  );
  const recordObject = await archived.putLocked(
    `${prefix}record.json`,
    new TextEncoder().encode(JSON.stringify(json, null, 2)),
    'application/json; charset=utf-8',
    until,
  );
  const entry: CatalogueEntry = {
    documentId: record.documentId,
    department: record.department,
    number,
    title: signed.title,
    type: signed.type,
    year,
    signedAt,
    signedBy,
    archivedAt,
    archiveSeq,
    retention,
    retainUntil: until,
    pdf,
    record: recordObject,
    terms: [...new Set(indexTerms(`${signed.title}\n${signed.body}`))],
  };
  await archived.putCatalogueEntry(entry);
  return entry;
}
