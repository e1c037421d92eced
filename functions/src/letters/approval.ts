import { AppError } from '../platform/errors.js';
import { nowIso } from '../platform/clock.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { assertNotHeldByOther, closeDirectItem, openDirectItemOf } from '../workitems/direct.js';
import type { ApprovalInput } from './model.js';
import { decidedDraft } from './rules.js';
import { notifyWriterOfAnswer } from './notify-writer.js';
import { inboxItemPut, readableLetter, save, writerOf } from './service.js';

/**
 * The head's approval of an officer's draft answer (审核): approved, the answer goes out as any answer does
 * (the writer is told, a consented consultation is published); returned, the letter goes back to the
 * department's officers with the reason. The head's item closes either way. 409 NO_DRAFT when no draft
 * waits, CLAIMED_BY_OTHER when a colleague holds the item.
 */
export async function decideDraft(
  principal: Principal,
  scope: Scope | undefined,
  letterId: string,
  input: ApprovalInput,
) {
  const record = await readableLetter(principal, scope, letterId);
  const item = await openDirectItemOf(letterId);
  if (record.status !== 'awaiting_approval' || !item) {
    throw new AppError(409, 'NO_DRAFT', 'No draft answer waits for approval');
  }
  assertNotHeldByOther(principal, item);
  const writer = await writerOf(record);
  const next = decidedDraft(
    record,
    { approve: input.approve, ...(input.reason ? { reason: input.reason } : {}), by: principal.username, at: nowIso() },
    writer.name ? [writer.name] : [],
  );
  const saved = await save(next, input.approve ? [] : [inboxItemPut(next)]);
  await closeDirectItem(principal, item, input.approve ? 'approved' : 'returned');
  if (input.approve) await notifyWriterOfAnswer(saved, writer);
  return saved;
}
