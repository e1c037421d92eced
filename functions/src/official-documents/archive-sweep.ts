import { logger } from '../platform/logger.js';
import { archiveDocument } from './archive.js';
import { pendingArchives } from './archive-state.js';
import * as store from './store.js';

/**
 * The archive sweep (归档补录): archives the signed documents whose package could not be written at signing (S3
 * unavailable, the process stopped). It reads only the pending ones (archive-state.ts: a sparse index, oldest
 * signing first), a batch a run; each try is counted on the document, a failure with its error, and the next run
 * tries again. Runs every `archiveSweepIntervalMinutes` (an EventBridge rule on AWS, the local cloud's timer).
 */

export const archiveSweepIntervalMinutes = 15;
/** Documents tried a run: a run stays well within its Lambda's timeout (a package takes about a second). */
export const archiveSweepBatch = 100;

export interface ArchiveSweepReport {
  pending: number;
  archived: string[];
  failed: { documentId: string; error: string }[];
}

export async function sweepArchive(): Promise<ArchiveSweepReport> {
  const pending = await pendingArchives(archiveSweepBatch);
  const report: ArchiveSweepReport = { pending: pending.length, archived: [], failed: [] };
  for (const state of pending) {
    try {
      const record = await store.getDocument(state.documentId);
      if (!record) throw new Error(`Official document ${state.documentId} is not in the table`);
      await archiveDocument(record);
      report.archived.push(state.documentId);
    } catch (error) {
      report.failed.push({ documentId: state.documentId, error: (error as Error).message });
    }
  }
  if (report.failed.length > 0) logger.error('Official documents not archived', { failed: report.failed });
  return report;
}

/** The scheduled handler (EventBridge rule on AWS). */
export const handler = () => sweepArchive();
