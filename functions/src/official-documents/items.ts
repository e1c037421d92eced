import type { Principal } from '../platform/principal.js';
import { closeDirectItem, openDirectItemsOf } from '../workitems/direct.js';
import type { Step, WorkItem } from '../workitems/model.js';
import type { StoredDocument } from './store.js';

/** The document's open item of `step` (in `department` when given). */
export async function openItem(record: StoredDocument, step: Step, department?: string): Promise<WorkItem | undefined> {
  return (await openItems(record, step, department))[0];
}

/** The document's open items of `step` (in `department` when given): a circulation has one per reader. */
export async function openItems(record: StoredDocument, step: Step, department?: string): Promise<WorkItem[]> {
  return (await openDirectItemsOf(record.documentId)).filter(
    (i) => i.step === step && (department === undefined || i.department === department),
  );
}

/** Closes the step's item once the step is saved (an item already closed is left as it is). */
export async function settle(principal: Principal, item: WorkItem | undefined, outcome: string): Promise<void> {
  if (item) await closeDirectItem(principal, item, outcome);
}
