import { nowIso } from '../platform/clock.js';
import { indexTerms } from '../search/segmenter.js';
import { retainUntil, retentionByType, type CatalogueEntry } from './archive-model.js';
import * as archived from './archive-store.js';
import { writeIndex } from './archive-index.js';
import { archiveState, noteArchived, noteFailure, notePackage } from './archive-state.js';
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

/** The signed PDF to archive: the one an earlier try chose and wrote (same SHA-256), or drawn now and noted. */
async function signedPdf(record: StoredDocument, signed: DocumentContent & { version: number }, key: string) {
  const state = await archiveState(record.documentId);
  if (state?.pdfSha256 && state.packagedAt) {
    const written = await archived.readArchived(key);
    if (written && archived.sha256Hex(written.bytes) === state.pdfSha256) {
      return { bytes: written.bytes, packagedAt: state.packagedAt };
    }
  }
  // The seal's signature is not deterministic (ECDSA): a PDF drawn again differs, so its SHA-256 is noted
  // before it is written, and a retry recognises it by that.
  const bytes = await renderSignedDocument(record, signed);
  const packagedAt = state?.packagedAt ?? nowIso();
  await notePackage(signedOf(record), archived.sha256Hex(bytes), packagedAt);
  return { bytes, packagedAt };
}

const signedOf = (record: StoredDocument) => ({
  documentId: record.documentId,
  department: record.department,
  signedAt: record.signedAt!,
});

/**
 * Archives a signed document: its signed PDF (drawn once), the locked package and its catalogue entry. Safe to
 * run again at any point (the sweep, a staff "archive now"): a catalogued document is left as it is, and a package
 * written in part is completed, its objects written before recognised by their SHA-256 (archive-store.ts
 * putLocked). Every try is counted in the document's archive state (archive-state.ts), a failure with its error.
 */
export async function archiveDocument(record: StoredDocument): Promise<CatalogueEntry> {
  try {
    const entry = await archivePackage(record);
    const state = await archiveState(record.documentId);
    if (state?.status !== 'archived') {
      // The search index last: a document counts as archived once it can be found.
      await writeIndex(entry);
      await noteArchived(signedOf(record), nowIso(), entry.archivedAt);
    }
    return entry;
  } catch (error) {
    if (record.signedAt) await noteFailure(signedOf(record), nowIso(), (error as Error).message ?? String(error));
    throw error;
  }
}

async function archivePackage(record: StoredDocument): Promise<CatalogueEntry> {
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
  const drawn = await signedPdf(record, signed, `${prefix}document.pdf`);
  const pdf = await archived.putLocked(`${prefix}document.pdf`, drawn.bytes, 'application/pdf', until);
  // The record as at signing (later steps are the recipients' own files), timed by the first try: a retry
  // writes the same bytes.
  const archivedAt = drawn.packagedAt;
  const json = recordOf(
    { ...record, history: record.history.filter((e) => e.at <= signedAt) },
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
