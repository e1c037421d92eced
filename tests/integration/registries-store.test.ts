import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { nowMs } from '../../functions/src/platform/clock.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { csvLine } from '../../functions/src/registries/csv.js';
import type { RecordChange } from '../../functions/src/registries/changes.js';
import { ImportBusyError, importCsv, type RowError } from '../../functions/src/registries/import.js';
import { openPerson, personKey } from '../../functions/src/registries/records.js';
import { getHead, getHistory, releaseImportLock, takeImportLock } from '../../functions/src/registries/store.js';
import { generateRows } from '../../functions/src/registries/synthetic.js';

/**
 * The registries' storage and import, in this process against the test cloud's DynamoDB and key: every
 * change a new version with who, when, why and source; a re-import writes nothing; bad rows are reported
 * by line, field and reason; personal fields are never stored in plaintext.
 */
const env = inject('cloud').env;
const seed = 4242;
// Indexes of its own, far beyond the demo data the test cloud seeds (building codes and ID numbers derive
// from the index), so every row of the first load is new.
const scale = { persons: 400, entities: 40, buildings: 60, first: 500_000 };
const provenance = (reason: string) => ({
  by: 'steward-test',
  at: '2026-12-05T10:00:00.000Z',
  reason,
  source: 'test.csv',
});

async function* bytesOf(text: string) {
  yield new TextEncoder().encode(text);
}
const csv = (rows: Iterable<string[]>) => [...rows].map(csvLine).join('');

async function run(kind: 'persons' | 'entities' | 'buildings', text: string, reason = 'first load') {
  const errors: RowError[] = [];
  const result = await importCsv(kind, bytesOf(text), 'utf-8', provenance(reason), { onError: (e) => errors.push(e) });
  return { result, errors };
}

describe('the base registries: versioned storage and CSV import', () => {
  beforeAll(() => {
    Object.assign(process.env, env);
    resetConfig();
    resetClients();
    resetKeyService();
  });

  it('imports buildings, persons and entities, and a re-import changes nothing', async () => {
    const buildings = csv(generateRows('buildings', seed, scale));
    expect((await run('buildings', buildings)).result).toMatchObject({ created: 60, rejected: 0 });
    const persons = csv(generateRows('persons', seed, scale));
    const first = await run('persons', persons);
    expect(first.errors).toEqual([]);
    expect(first.result).toMatchObject({ processed: 400, created: 400, updated: 0, unchanged: 0 });
    const entities = csv(generateRows('entities', seed, scale));
    expect((await run('entities', entities)).result).toMatchObject({ created: 40, rejected: 0 });

    const again = await run('persons', persons, 'again');
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 400 });
  });

  it('writes a changed row as version 2 and keeps version 1, with who, when, why and source', async () => {
    const [header, row] = [...generateRows('persons', seed, scale, 0, 1)];
    const changed = [...row!];
    changed[8] = '13900001111';
    const { result } = await run('persons', csv([header!, changed]), 'phone corrected');
    expect(result).toMatchObject({ updated: 1 });
    const pk = await personKey(row![0]!);
    const history = await getHistory(pk);
    expect(history.map((v) => [v.version, v.reason])).toEqual([
      [1, 'first load'],
      [2, 'phone corrected'],
    ]);
    expect(history[1]).toMatchObject({ by: 'steward-test', source: 'test.csv', at: '2026-12-05T10:00:00.000Z' });
    const head = await getHead(pk);
    expect(head?.version).toBe(2);
    expect((await openPerson(head!)).phone).toBe('13900001111');
    expect((await openPerson(history[0]!)).phone).toBe(row![8] || undefined);
    // Nothing of the person in plaintext: not the ID number, the name or the phone.
    const raw = JSON.stringify(history);
    for (const secret of [row![0], row![1], '13900001111']) expect(raw).not.toContain(secret);
    expect(head?.masked?.idNumber).toBe(`${row![0]!.slice(0, 6)}********${row![0]!.slice(14)}`);
  });

  it('reports bad rows by line, field and reason and writes the good ones', async () => {
    const rows = [...generateRows('persons', seed + 1, { ...scale, persons: 6 })];
    rows[1]![0] = `${rows[1]![0]!.slice(0, 17)}${rows[1]![0]!.endsWith('0') ? '1' : '0'}`; // check digit
    rows[2]![6] = '440104-999999'; // no such building
    rows[3]![5] = 'beijing-01'; // community of another street
    rows[4] = rows[4]!.slice(0, 5); // half a row
    const { result, errors } = await run('persons', csv(rows), 'with errors');
    expect(errors).toEqual(
      [
        { line: 2, field: 'idNumber', reason: expect.stringContaining('check digit') },
        { line: 4, field: 'community', reason: 'is not a community of the street' },
        { line: 5, field: '*', reason: 'has 5 fields, the header 9' },
        { line: 3, field: 'buildingCode', reason: 'no such building in the building registry' },
      ].sort((a, b) => (a.field === 'buildingCode' ? 1 : b.field === 'buildingCode' ? -1 : 0)),
    );
    expect(result).toMatchObject({ processed: 6, rejected: 4 });
    // Index-derived ID numbers may meet the first load's people: the two good rows are written either way.
    expect(result.created + result.updated).toBe(2);
  });

  it('runs one import of a registry at a time: a second waits for the first, or gives up', async () => {
    const rows = [...generateRows('buildings', seed + 2, { ...scale, buildings: 30, first: 600_000 })];
    const text = csv(rows);
    // The lease is read against the one clock, as the import reads it.
    const at = nowMs();
    expect(await takeImportLock('buildings', 'other-import', at, at + 60_000)).toBe(true);
    // Another import holds the lease: one that will not wait is refused, and writes nothing.
    await expect(importCsv('buildings', bytesOf(text), 'utf-8', provenance('busy'), { lockWaitMs: 0 })).rejects.toThrow(
      ImportBusyError,
    );
    expect(await getHead(`BUILDING#${rows[1]![0]}`)).toBeUndefined();
    // One that waits goes on when the lease is given back.
    const waiting = importCsv('buildings', bytesOf(text), 'utf-8', provenance('after the other'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await releaseImportLock('buildings', 'other-import');
    expect(await waiting).toMatchObject({ created: 30, rejected: 0 });
    // Its own lease was given back: the next import runs at once.
    expect(await takeImportLock('buildings', 'next-import', at, at + 60_000)).toBe(true);
    await releaseImportLock('buildings', 'next-import');
  });

  it('writes a key met again in the next batch after the batch in flight, as its next version', async () => {
    const [header, ...rows] = [...generateRows('buildings', seed + 3, { ...scale, buildings: 101, first: 700_000 })];
    const again = [...rows[0]!];
    again[7] = String(Number(again[7]) + 1); // one more floor
    // Batches of 100: the changed row is read in the second batch while the first may still be being written.
    const text = csv([header!, ...rows.slice(0, 100), again, rows[100]!]);
    const written: RecordChange[] = [];
    const result = await importCsv('buildings', bytesOf(text), 'utf-8', provenance('twice'), {
      batchSize: 100,
      onWritten: (change) => void written.push(change),
    });
    expect(result).toMatchObject({ processed: 102, created: 101, updated: 1, rejected: 0 });
    // Every record written is told (data sharing's change events): new ones with their filled fields, once committed.
    const key = `BUILDING#${rows[0]![0]}`;
    expect(written).toHaveLength(102);
    expect(written.filter((c) => c.pk === key).map((c) => [c.version, c.fields])).toEqual([
      [1, expect.arrayContaining(['code', 'floors'])],
      [2, ['floors']],
    ]);
    const history = await getHistory(`BUILDING#${rows[0]![0]}`);
    expect(history.map((v) => [v.version, v.data.floors])).toEqual([
      [1, Number(rows[0]![7])],
      [2, Number(again[7])],
    ]);
  });

  it('refuses a file whose header is not the registry’s, naming the missing column', async () => {
    await expect(run('buildings', 'code,address\n')).rejects.toThrow(/missing: street/);
  });

  it('keys persons by the blind index, so the table holds no ID number', async () => {
    const dynamo = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: 'ap-east-1',
        endpoint: env.AWS_ENDPOINT_URL_DYNAMODB,
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      }),
    );
    const [, row] = [...generateRows('persons', seed, scale, 0, 1)];
    const out = await dynamo.send(
      new QueryCommand({
        TableName: env.TABLE_REGISTRY,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': await personKey(row![0]!) },
      }),
    );
    expect(out.Items?.map((i) => i.sk).sort()).toEqual(['HEAD', 'V#000001', 'V#000002']);
    expect(String(out.Items?.[0]?.pk)).not.toContain(row![0]);
  });
});
