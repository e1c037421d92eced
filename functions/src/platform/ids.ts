import { randomBytes, randomUUID } from 'node:crypto';

/** An opaque, unguessable identifier. */
export function newId(): string {
  return randomUUID();
}

/** A time-sortable id: 10 base-36 characters of milliseconds, then 12 random hex characters. */
export function newSortableId(now = Date.now()): string {
  return `${now.toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;
}

export function nowIso(): string {
  return new Date().toISOString();
}
