import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Entry } from './port.js';

/**
 * Items in the form DynamoDB itself speaks (AttributeValue maps, numbers as strings), so that no number
 * loses precision and no binary or set changes type on its way through a backup file. Binary values are
 * written as base64, exactly as DynamoDB JSON (and a DynamoDB export) writes them.
 */
export type PortableValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { M: PortableItem }
  | { L: PortableValue[] }
  | { NULL: true }
  | { BOOL: boolean };
export type PortableItem = { [name: string]: PortableValue };

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export function toPortable(item: Record<string, AttributeValue>): PortableItem {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, portableValue(v)]));
}

function portableValue(v: AttributeValue): PortableValue {
  if (v.S !== undefined) return { S: v.S };
  if (v.N !== undefined) return { N: v.N };
  if (v.B !== undefined) return { B: base64(v.B) };
  if (v.SS !== undefined) return { SS: [...v.SS] };
  if (v.NS !== undefined) return { NS: [...v.NS] };
  if (v.BS !== undefined) return { BS: v.BS.map(base64) };
  if (v.M !== undefined) return { M: toPortable(v.M) };
  if (v.L !== undefined) return { L: v.L.map(portableValue) };
  if (v.NULL !== undefined) return { NULL: true };
  if (v.BOOL !== undefined) return { BOOL: v.BOOL };
  throw new Error(`unsupported attribute value ${JSON.stringify(v)}`);
}

export function fromPortable(item: PortableItem): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(item).map(([k, v]) => [k, attributeValue(v)]));
}

function attributeValue(v: PortableValue): AttributeValue {
  if ('B' in v) return { B: Buffer.from(v.B, 'base64') };
  if ('BS' in v) return { BS: v.BS.map((b) => Buffer.from(b, 'base64')) };
  if ('M' in v) return { M: fromPortable(v.M) };
  if ('L' in v) return { L: v.L.map(attributeValue) };
  return v as AttributeValue;
}

/**
 * JSON with object keys sorted at every level and set members sorted (DynamoDB keeps no order in a set),
 * so that equal items always give equal text.
 */
export function canonicalJson(value: PortableItem | PortableValue): string {
  return JSON.stringify(sortDeep(value));
}

function sortDeep(value: unknown, isSet = false): unknown {
  if (Array.isArray(value)) {
    const members = value.map((v) => sortDeep(v));
    return isSet ? [...members].sort() : members;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortDeep(v, k === 'SS' || k === 'NS' || k === 'BS')]),
    );
  }
  return value;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The key attributes of an item, as canonical JSON: how the comparison names an item. */
export function itemKey(item: PortableItem, keyNames: readonly string[]): string {
  const key: PortableItem = {};
  for (const name of keyNames) {
    const value = item[name];
    if (value === undefined) throw new Error(`item without its key attribute ${name}`);
    key[name] = value;
  }
  return canonicalJson(key);
}

/** Attributes that tell when an item last changed, most telling first (every write is stamped by one). */
const changeStamps = ['updatedAt', 'at', 'createdAt'] as const;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** An item's entry: its checksum and, when it carries a time stamp, when it last changed. */
export function itemEntry(item: PortableItem): Entry {
  for (const name of changeStamps) {
    const value = item[name];
    if (value && 'S' in value && isoInstant.test(value.S)) {
      return { sha256: sha256(canonicalJson(item)), changedAt: new Date(value.S).toISOString() };
    }
  }
  return { sha256: sha256(canonicalJson(item)) };
}
