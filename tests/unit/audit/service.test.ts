import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sealRecord } from '../../../functions/src/audit/chain.js';
import type { AuditRecord } from '../../../functions/src/audit/model.js';

// The store port, faked in memory with the one guarantee the service relies on: a position is taken once.
const table = new Map<string, AuditRecord>();
let loseEveryRace = false;
/** Chance that a writer in another process takes the position just before our put. */
let foreignWriterOdds = 0;
/** Chance that a put lands but its answer is lost (the caller sees an error), and that a put is refused. */
let lostAnswerOdds = 0;
let refusedOdds = 0;
const headOf = (chain: string) => [...table.values()].filter((r) => r.chain === chain).sort((a, b) => b.seq - a.seq)[0];
vi.mock('../../../functions/src/audit/store.js', () => ({
  readChainHead: async (chain: string) => {
    await new Promise((r) => setImmediate(r));
    const last = headOf(chain);
    return last && { seq: last.seq, hash: last.hash };
  },
  appendRecord: async (record: AuditRecord) => {
    await new Promise((r) => setImmediate(r));
    if (Math.random() < foreignWriterOdds) {
      const head = headOf(record.chain);
      const { pk: _pk, sk: _sk, prevHash: _prev, hash: _hash, ...fields } = record;
      const foreign = sealRecord({ ...fields, seq: (head?.seq ?? 0) + 1, requestId: 'other-process' }, head?.hash);
      table.set(`${foreign.pk}|${foreign.sk}`, foreign);
    }
    const key = `${record.pk}|${record.sk}`;
    if (Math.random() < refusedOdds) throw new Error('InternalServerError (refused)');
    // The real store answers true for a position that already holds this very record (an earlier try landed).
    if (loseEveryRace || table.has(key)) return table.get(key)?.hash === record.hash;
    table.set(key, structuredClone(record));
    if (Math.random() < lostAnswerOdds) throw new Error('TimeoutError (answer lost)');
    return true;
  },
  recordAt: async (chain: string, seq: number) => {
    await new Promise((r) => setImmediate(r));
    if (Math.random() < refusedOdds) throw new Error('InternalServerError (refused)');
    const found = [...table.values()].find((r) => r.chain === chain && r.seq === seq);
    return found && { hash: found.hash };
  },
}));

const { recordAudit } = await import('../../../functions/src/audit/service.js');
const { verifyAuditChains } = await import('../../../functions/src/audit/verify.js');
const { logger } = await import('../../../functions/src/platform/logger.js');

const entry = (n: number) => ({
  actor: { sub: `sub-${n % 5}`, username: `officer${n % 5}`, roles: ['officer' as const] },
  action: 'cases.decide',
  resource: { type: 'case', id: `case-${n}` },
  outcome: 'succeeded' as const,
  requestId: `req-${n}`,
  sourceIp: '198.51.100.4',
});
const now = () => new Date('2030-05-06T07:08:09.000Z');
// The service remembers chain heads per process, so a test that starts from an empty table uses a day of its own.
const nextDay = () => new Date('2030-05-07T07:08:09.000Z');

describe('recordAudit', () => {
  beforeEach(() => {
    table.clear();
    loseEveryRace = false;
    foreignWriterOdds = 0;
    lostAnswerOdds = 0;
    refusedOdds = 0;
    vi.restoreAllMocks();
  });

  it('keeps every chain gap-free and linked under concurrent appends', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);

    await Promise.all(Array.from({ length: 40 }, (_, n) => recordAudit(entry(n), { now })));

    const records = [...table.values()];
    expect(records).toHaveLength(40);
    expect(verifyAuditChains(records as unknown as Record<string, unknown>[]).problems).toEqual([]);
    expect(new Set(records.map((r) => r.chain)).size).toBeGreaterThan(1);
    expect(records.every((r) => r.chain.startsWith('2030-05-06#') && r.at === '2030-05-06T07:08:09.000Z')).toBe(true);
    expect(info).toHaveBeenCalledWith(
      'audit appended',
      expect.objectContaining({ action: 'audit.append', seq: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    );
  });

  it('re-reads the head and retries when writers in other processes take its position', async () => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    foreignWriterOdds = 0.5;

    await Promise.all(Array.from({ length: 30 }, (_, n) => recordAudit(entry(n), { now: nextDay })));

    const records = [...table.values()];
    expect(records.filter((r) => r.requestId !== 'other-process')).toHaveLength(30);
    expect(records.length).toBeGreaterThan(30);
    expect(verifyAuditChains(records as unknown as Record<string, unknown>[]).problems).toEqual([]);
  });

  it('writes each entry exactly once when puts land but their answers are lost, or fail before landing', async () => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    lostAnswerOdds = 0.3;
    refusedOdds = 0.2;
    foreignWriterOdds = 0.2;
    const day = () => new Date('2030-05-08T07:08:09.000Z');

    await Promise.all(Array.from({ length: 40 }, (_, n) => recordAudit(entry(n), { now: day })));

    const ours = [...table.values()].filter((r) => r.requestId !== 'other-process');
    expect(ours.map((r) => r.requestId).sort()).toEqual(Array.from({ length: 40 }, (_, n) => `req-${n}`).sort());
    expect(verifyAuditChains([...table.values()] as unknown as Record<string, unknown>[]).problems).toEqual([]);
  });

  it('gives up with 503 AUDIT_BUSY when the chain stays contended', async () => {
    loseEveryRace = true;

    await expect(recordAudit(entry(1), { now })).rejects.toMatchObject({ status: 503, code: 'AUDIT_BUSY' });
  });

  it('refuses personal data with 500 AUDIT_ENTRY_INVALID naming the field but not the value', async () => {
    const bad = { ...entry(1), resource: { type: 'person', id: '13800138000' } };

    const error = (await recordAudit(bad, { now }).catch((e: unknown) => e)) as Error;

    expect(error).toMatchObject({ status: 500, code: 'AUDIT_ENTRY_INVALID' });
    expect(error.message).toContain('resource.id');
    expect(error.message).not.toContain('13800138000');
    expect(table.size).toBe(0);
  });
});
