import { columns, type RegistryKind } from './model.js';
import { openPerson, type Row } from './records.js';
import type { RecordVersion } from './store.js';

/** One record written by an import: what a change event says of it (names of fields, never values). */
export interface RecordChange {
  readonly pk: string;
  readonly version: number;
  readonly at: string;
  readonly fields: readonly string[];
}

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/**
 * The names of the fields that differ between the current version `head` and the new `row` (every filled field
 * when there is no head). A person's personal fields are compared decrypted; an entity's legal representative by
 * the person record the version points at, since its ID number is not kept in plaintext.
 */
export async function changedFields(
  kind: RegistryKind,
  head: RecordVersion | undefined,
  row: Row,
  refs: readonly string[],
): Promise<string[]> {
  const now = row as Record<string, unknown>;
  const names = columns[kind] as readonly string[];
  if (!head) return names.filter((c) => text(now[c]) !== '');
  const before: Record<string, unknown> =
    kind === 'persons' && head.sealed ? { ...head.data, ...(await openPerson(head)) } : { ...head.data };
  return names.filter((c) => {
    if (kind === 'entities' && c === 'legalRepIdNumber') return head.refs.join() !== refs.join();
    return text(before[c]) !== text(now[c]);
  });
}
