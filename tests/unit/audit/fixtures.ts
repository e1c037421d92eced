import { sealRecord } from '../../../functions/src/audit/chain.js';
import type { AuditRecord } from '../../../functions/src/audit/model.js';

/** A valid chain of `length` records, built the way recordAudit builds them. */
export function buildChain(
  chain: string,
  length: number,
  vary: (seq: number) => Partial<AuditRecord> = () => ({}),
): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let seq = 1; seq <= length; seq++) {
    records.push(
      sealRecord(
        {
          chain,
          seq,
          at: new Date(Date.UTC(2030, 0, 2, 8, 0, seq)).toISOString(),
          actor: `sub-${seq % 3}`,
          actorUsername: `officer${seq % 3}`,
          actorRoles: ['officer'],
          action: seq % 2 ? 'cases.create' : 'personal.unmask',
          resourceType: 'case',
          resourceId: `7d0f0c6e-0000-4000-8000-${String(seq).padStart(12, '0')}`,
          outcome: 'succeeded',
          requestId: `req-${seq}`,
          sourceIp: '203.0.113.7',
          details: { reason: 'review' },
          ...vary(seq),
        },
        records.at(-1)?.hash,
      ),
    );
  }
  return records;
}

/** A shallow copy of each item, as a table scan would return them. */
export const copies = (records: readonly AuditRecord[]) =>
  records.map((r) => ({ ...r, details: r.details && { ...r.details } })) as Record<string, unknown>[];
