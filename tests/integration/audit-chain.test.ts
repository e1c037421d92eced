import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chainId, chainKey, chainShards, seqKey } from '../../functions/src/audit/chain.js';
import { exportAuditCsv, recordAudit, searchAudit } from '../../functions/src/audit/service.js';
import type { AuditRecord } from '../../functions/src/audit/model.js';
import { appendRecord } from '../../functions/src/audit/store.js';
import { verifyAuditChains } from '../../functions/src/audit/verify.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';

// A day of its own, far from the clock other tests write with; its chains are removed again afterwards.
const day = '2001-02-03';
const chains = Array.from({ length: chainShards }, (_, shard) => chainId(day, shard));
const env = inject('cloud').env;
const root = path.resolve(import.meta.dirname, '../..');
let documents: DynamoDBDocumentClient;

const entry = (n: number) => ({
  actor: { sub: `audit-it-actor-${n % 3}`, username: `officer${n % 3}`, roles: ['officer' as const] },
  action: n % 2 ? 'cases.decide' : 'personal.unmask',
  resource: { type: 'case', id: `case-${n}` },
  outcome: 'succeeded' as const,
  requestId: `audit-it-${n}`,
  sourceIp: '203.0.113.9',
  details: { step: String(n) },
});

async function chainItems(chain: string): Promise<Record<string, unknown>[]> {
  const out = await documents.send(
    new QueryCommand({
      TableName: env.TABLE_AUDIT,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': chainKey(chain) },
      ConsistentRead: true,
    }),
  );
  return out.Items ?? [];
}
const allItems = async () => (await Promise.all(chains.map(chainItems))).flat();

function runVerifier(extraEnv: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && k !== 'TABLE_AUDIT'),
  );
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/audit-verify.ts'],
      { cwd: root, env: { ...inherited, ...extraEnv } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  Object.assign(process.env, env);
  resetConfig();
  resetClients();
  documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: env.AWS_REGION,
      endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
      credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
    }),
  );
});

afterAll(async () => {
  // Test cleanup with the harness's own rights; application roles hold no DeleteItem on this table.
  for (const item of await allItems()) {
    await documents.send(new DeleteCommand({ TableName: env.TABLE_AUDIT, Key: { pk: item.pk, sk: item.sk } }));
  }
  documents.destroy();
});

describe('the audit log on the local cloud', () => {
  it('appends 50 concurrent records as clean hash chains', async () => {
    let tick = 0;
    const now = () => new Date(Date.parse(`${day}T04:05:06.000Z`) + tick++);

    const started = performance.now();
    await Promise.all(Array.from({ length: 50 }, (_, n) => recordAudit(entry(n), { now })));
    const seconds = (performance.now() - started) / 1000;
    console.info(`audit: 50 concurrent appends in ${seconds.toFixed(2)} s (${(50 / seconds).toFixed(0)}/s)`);

    const result = verifyAuditChains(await allItems());
    expect(result).toMatchObject({ records: 50, chains: chainShards, problems: [] });
  });

  it('refuses to write a position twice (the conditional put that settles races between processes)', async () => {
    const [head] = (await chainItems(chains[0]!)) as unknown as AuditRecord[];

    expect(await appendRecord({ ...head!, outcome: 'failed' })).toBe(false);
    expect((await chainItems(chains[0]!))[0]).toEqual(head);
  });

  it('searches a day newest first across chains, page by page, and by actor', async () => {
    const range = { from: `${day}T00:00:00Z`, to: `${day}T23:59:59Z` };
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchAudit({ ...range, limit: 16, cursor });
      seen.push(...page.items.map((i) => i.at));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    expect([...seen].sort().reverse()).toEqual(seen);

    const mine = await searchAudit({ ...range, actor: 'audit-it-actor-1', action: 'cases.decide', limit: 100 });
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.actor.sub === 'audit-it-actor-1' && i.action === 'cases.decide')).toBe(true);

    const csv = await exportAuditCsv(range);
    expect(csv).toMatchObject({ rows: 50, truncated: false });
    expect(csv.csv.split('\r\n')[0]).toBe(
      'at,actorSub,actorUsername,actorRoles,action,resourceType,resourceId,outcome,requestId,sourceIp,details,chain,seq',
    );
  });

  it('reports a verified table with exit code 0', async () => {
    const run = await runVerifier({
      TABLE_AUDIT: env.TABLE_AUDIT!,
      AWS_ENDPOINT_URL_DYNAMODB: env.AWS_ENDPOINT_URL_DYNAMODB!,
      AWS_REGION: env.AWS_REGION!,
    });

    expect(run.stdout).toContain('OK: every chain verifies');
    expect(run.code).toBe(0);
  });

  it('detects a changed, a removed and two swapped records, in code and in npm run audit:verify', async () => {
    const lengths = await Promise.all(chains.map(async (c) => (await chainItems(c)).length));
    const chain = chains[lengths.indexOf(Math.max(...lengths))]!;
    const items = new Map((await chainItems(chain)).map((i) => [i.seq as number, i]));
    const put = (item: Record<string, unknown>) =>
      documents.send(new PutCommand({ TableName: env.TABLE_AUDIT, Item: item }));

    await put({ ...items.get(2)!, outcome: 'denied' });
    await documents.send(
      new DeleteCommand({ TableName: env.TABLE_AUDIT, Key: { pk: chainKey(chain), sk: seqKey(4) } }),
    );
    await put({ ...items.get(6)!, pk: chainKey(chain), sk: seqKey(5) });
    await put({ ...items.get(5)!, pk: chainKey(chain), sk: seqKey(6) });

    const problems = verifyAuditChains(await allItems()).problems;
    expect(problems.map((p) => [p.chain, p.seq, p.kind])).toEqual([
      [chain, 2, 'changed'],
      [chain, 4, 'removed'],
      [chain, 5, 'reordered'],
      [chain, 6, 'reordered'],
    ]);

    const run = await runVerifier({
      TABLE_AUDIT: env.TABLE_AUDIT!,
      AWS_ENDPOINT_URL_DYNAMODB: env.AWS_ENDPOINT_URL_DYNAMODB!,
      AWS_ACCESS_KEY_ID: env.AWS_ACCESS_KEY_ID!,
      AWS_SECRET_ACCESS_KEY: env.AWS_SECRET_ACCESS_KEY!,
      AWS_REGION: env.AWS_REGION!,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('TAMPERED: 4 problems found:');
    expect(run.stdout).toContain(`${chain}  seq 2  changed`);
    expect(run.stdout).toContain(`${chain}  seq 4  removed`);
    expect(run.stdout).toContain(`${chain}  seq 5  reordered`);
  });

  it('finds the running local cloud through its endpoints file, and asks for npm start when there is none', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-audit-verify-'));
    try {
      const none = await runVerifier({ YUEXIU_DATA_DIR: dataDir });
      expect(none.code).toBe(2);
      expect(none.stderr).toContain('Run `npm start` first');

      writeFileSync(
        path.join(dataDir, 'endpoints.json'),
        JSON.stringify({ dynamodb: env.AWS_ENDPOINT_URL_DYNAMODB, tables: { audit: env.TABLE_AUDIT } }),
      );
      const local = await runVerifier({ YUEXIU_DATA_DIR: dataDir });
      expect(local.code).toBe(1);
      expect(local.stdout).toContain('removed');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
