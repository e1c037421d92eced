import { nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import type { ArchiveCheckResult, ArchiveProblem, CatalogueEntry } from './archive-model.js';
import { archiveDepartments } from './archive-catalogue.js';
import { archiveState } from './archive-state.js';
import * as archived from './archive-store.js';
import { verifyChain } from './chain.js';
import { documentHeads, frozenDocuments } from './lists.js';
import * as store from './store.js';

/**
 * The archive's integrity check, as the audit chain is verified (audit/verify.ts): from what is stored alone,
 * per department, it reports every problem with where it is, not just the first.
 * - the hash chain (chain.ts verifyChain): entries in order, each linking the last, each signed document's
 *   frozen content still hashing to its entry — `chain.brokenAt` names the first entry that does not hold;
 * - not-archived: a chain entry (a signed document) with no catalogue entry;
 * - missing: a catalogued object (the PDF, the record) is not in the archive bucket;
 * - hash-mismatch: an object's bytes no longer give the SHA-256 the catalogue took at archiving;
 * - not-locked: an object is not under COMPLIANCE Object Lock until the catalogue's retain-until date.
 * What it cannot tell: a catalogue entry and its objects rewritten together by someone who could write both —
 * which Object Lock stops in the bucket (no one can overwrite a locked version) and the chain stops in the table
 * (the record's content hash is the chain entry's).
 */

async function checkObject(
  entry: CatalogueEntry,
  object: CatalogueEntry['pdf'],
  problems: ArchiveProblem[],
): Promise<void> {
  const where = { documentId: entry.documentId, number: entry.number, object: object.key };
  const stored = await archived.readArchived(object.key);
  if (!stored) {
    problems.push({ ...where, kind: 'missing' });
    return;
  }
  if (archived.sha256Hex(stored.bytes) !== object.sha256) problems.push({ ...where, kind: 'hash-mismatch' });
  const lockedUntil = stored.retainUntil ? Date.parse(stored.retainUntil) : 0;
  if (stored.lockMode !== 'COMPLIANCE' || lockedUntil < Date.parse(entry.retainUntil)) {
    problems.push({ ...where, kind: 'not-locked' });
  }
}

async function checkDepartment(department: string): Promise<ArchiveCheckResult['departments'][number]> {
  const [entries, catalogue] = await Promise.all([store.chainEntries(department), archived.catalogue(department)]);
  const frozen = await frozenDocuments(await documentHeads(entries.map((e) => e.documentId)));
  const chain = verifyChain(entries, frozen);
  const problems: ArchiveProblem[] = [];
  const catalogued = new Set(catalogue.map((c) => c.documentId));
  for (const entry of entries) {
    if (catalogued.has(entry.documentId)) continue;
    const state = await archiveState(entry.documentId);
    problems.push({
      documentId: entry.documentId,
      number: entry.number,
      kind: 'not-archived',
      attempts: state?.attempts ?? 0,
      ...(state?.lastAttemptAt ? { lastAttemptAt: state.lastAttemptAt } : {}),
      ...(state?.lastError ? { lastError: state.lastError } : {}),
    });
  }
  // One document at a time: a department's archive is read through, not fetched all at once into memory.
  for (const entry of catalogue) {
    await checkObject(entry, entry.pdf, problems);
    await checkObject(entry, entry.record, problems);
  }
  return { department, entries: entries.length, objects: catalogue.length * 2, chain, problems };
}

/** `GET /api/official-documents-archive/check`: the caller's department's archive (district scope: any, or all). */
export async function checkArchive(
  principal: Principal,
  scope: Scope | undefined,
  department?: string,
): Promise<ArchiveCheckResult> {
  const departments = [];
  for (const d of archiveDepartments(principal, scope, department)) departments.push(await checkDepartment(d));
  return {
    checkedAt: nowIso(),
    valid: departments.every((d) => d.chain.valid && d.problems.length === 0),
    departments,
  };
}
