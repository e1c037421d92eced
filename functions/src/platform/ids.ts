import { randomBytes, randomUUID } from 'node:crypto';
import { nowMs } from './clock.js';

export { nowIso } from './clock.js';

/** An opaque, unguessable identifier. */
export function newId(): string {
  return randomUUID();
}

/** A time-sortable id: 10 base-36 characters of milliseconds, then 12 random hex characters. */
export function newSortableId(now = nowMs()): string {
  return `${now.toString(36).padStart(10, '0')}${randomBytes(6).toString('hex')}`;
}
