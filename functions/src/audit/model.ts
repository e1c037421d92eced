import { z } from 'zod';
import { roles } from '../platform/roles.js';

/**
 * An audit entry says who did what to which resource, with what outcome. It must never carry personal
 * data (ID numbers, phone numbers, names): resources are named by type and system id, and `details` is a
 * small map of ASCII codes. The checks below refuse the shapes of personal data we know.
 */

export const auditOutcomes = ['succeeded', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** 18-character runs shaped like a resident ID number whose ISO 7064 MOD 11-2 check digit is right. */
export function containsIdNumber(value: string): boolean {
  for (const match of value.matchAll(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g)) {
    const digits = match[0];
    let sum = 0;
    for (let i = 0; i < 17; i++) sum += Number(digits[i]) * (2 ** (17 - i) % 11);
    const check = '10X98765432'[sum % 11];
    if (check === digits[17]?.toUpperCase()) return true;
  }
  return false;
}

const mobileRun = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const emailShape = /[^\s@]+@[^\s@]+\.[^\s@]+/;

/** Free text that looks like a mobile number, an e-mail address or an ID number. */
export function looksLikePersonalData(value: string): boolean {
  return mobileRun.test(value) || emailShape.test(value) || containsIdNumber(value);
}

/** Masks a username that is itself a phone number, e-mail address or ID number (citizen sign-up). */
export function maskUsername(username: string): string {
  if (!looksLikePersonalData(username)) return username;
  return username.length <= 7 ? '*'.repeat(username.length) : `${username.slice(0, 3)}****${username.slice(-4)}`;
}

export const auditAction = z
  .string()
  .max(64)
  .regex(
    /^[a-z][a-zA-Z0-9-]*(\.[a-z][a-zA-Z0-9-]*)+$/,
    'a dotted action such as cases.create or data-sharing.getResource',
  );

export const actorSub = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:@|-]+$/, 'a subject id, or anonymous / system');

const detailKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'a short key such as reason');
const detailValue = z
  .string()
  .max(256)
  .regex(/^[\x20-\x7E]*$/, 'printable ASCII (codes, not prose or names)')
  .refine((v) => !looksLikePersonalData(v), 'no personal data (phone, e-mail, ID number)');

export const auditEntryInput = z.object({
  actor: z.object({
    sub: actorSub,
    username: z.string().min(1).max(128).transform(maskUsername),
    roles: z.array(z.enum(roles)).max(roles.length),
  }),
  action: auditAction,
  resource: z.object({
    type: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a resource type such as case'),
    id: z
      .string()
      .regex(/^[A-Za-z0-9._:@-]{1,128}$/, 'a system id (UUID, case number), never a name')
      .refine((v) => !containsIdNumber(v) && !/^1[3-9]\d{9}$/.test(v), 'a system id, not an ID or phone number'),
  }),
  outcome: z.enum(auditOutcomes),
  requestId: z.string().regex(/^[A-Za-z0-9._:=/+-]{1,128}$/, 'the request id'),
  sourceIp: z.string().regex(/^([0-9A-Fa-f:.]{2,45}|unknown)$/, 'an IPv4/IPv6 address or "unknown"'),
  details: z
    .record(detailKey, detailValue)
    .refine((d) => Object.keys(d).length <= 10, 'at most 10 details')
    .refine((d) => JSON.stringify(d).length <= 1024, 'details of at most 1 KiB')
    .optional(),
});

/** What callers pass to recordAudit; the time is stamped when the record is appended. */
export type AuditEntryInput = z.input<typeof auditEntryInput>;
export type AuditEntry = z.output<typeof auditEntryInput>;

/** Fields of a stored record that its hash covers (everything but its key, prevHash and hash). */
export interface AuditRecordFields {
  chain: string;
  seq: number;
  at: string;
  /** The actor's subject; the partition key of the byActor index. */
  actor: string;
  actorUsername: string;
  actorRoles: string[];
  action: string;
  resourceType: string;
  resourceId: string;
  outcome: AuditOutcome;
  requestId: string;
  sourceIp: string;
  details?: Record<string, string>;
}

/** A record as stored in the audit table. */
export interface AuditRecord extends AuditRecordFields {
  pk: string;
  sk: string;
  prevHash: string;
  hash: string;
}

/** One row of a search result, as the staff area shows it. */
export interface AuditView {
  at: string;
  actor: { sub: string; username: string; roles: string[] };
  action: string;
  resource: { type: string; id: string };
  outcome: AuditOutcome;
  requestId: string;
  sourceIp: string;
  details?: Record<string, string>;
  chain: string;
  seq: number;
}

const isoInstant = z.iso.datetime({ offset: true });

/** Search filters of the supervisors' audit screen (and its CSV export). */
export const auditSearchQuery = z.object({
  actor: actorSub.optional(),
  action: auditAction.optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2048).optional(),
});
export type AuditSearchQuery = z.input<typeof auditSearchQuery>;

export interface AuditPage {
  items: AuditView[];
  /** Pass back to get the next (older) page; absent on the last page. */
  cursor?: string;
}

export function toView(record: AuditRecordFields): AuditView {
  const view: AuditView = {
    at: record.at,
    actor: { sub: record.actor, username: record.actorUsername, roles: record.actorRoles },
    action: record.action,
    resource: { type: record.resourceType, id: record.resourceId },
    outcome: record.outcome,
    requestId: record.requestId,
    sourceIp: record.sourceIp,
    chain: record.chain,
    seq: record.seq,
  };
  if (record.details) view.details = record.details;
  return view;
}

/** One audit record as `GET /api/audit` shows it. */
export const auditEntryView = z.object({
  at: z.string(),
  actor: z.object({ sub: z.string(), username: z.string(), roles: z.array(z.string()) }),
  action: z.string(),
  resource: z.object({ type: z.string(), id: z.string() }),
  outcome: z.enum(auditOutcomes),
  requestId: z.string(),
  sourceIp: z.string(),
  details: z.record(z.string(), z.string()).optional(),
  /** The hash chain the record is linked into (one per day and shard) and its place in it. */
  chain: z.string(),
  seq: z.number().int(),
});

/** A page of the audit search; pass `cursor` back for the next one. */
export const auditPage = z.object({ items: z.array(auditEntryView), cursor: z.string().optional() });
