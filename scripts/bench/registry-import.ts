import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { tables } from '../../functions/src/platform/resources.js';
import { csvLine } from '../../functions/src/registries/csv.js';
import { importCsv } from '../../functions/src/registries/import.js';
import { generateRows, planScale } from '../../functions/src/registries/synthetic.js';
import { handlerEnvironment } from '../../infra/local/handler-environment.js';
import { localCredentials, localRegion, localStage } from '../../infra/local/constants.js';
import { startDynamo } from '../../infra/local/dynamodb.js';
import { freePort } from '../../infra/local/ports.js';
import { localTableInput } from '../../infra/local/provision.js';
import { adoptFunctionEnvironment } from '../config.js';

/**
 * `npm run bench:registry-import [-- <persons>]` (default 200,000): imports synthetic persons (after their
 * buildings, in the plan's proportion) into a fresh DynamoDB Local through the real import path, then
 * measures DynamoDB Local's own BatchWriteItem rate with items of the same size in the same run — the
 * ceiling to compare against. Prints rows/s, items/s and peak RSS. Record the figures in docs/benchmarks.md.
 * `--in-memory` runs DynamoDB Local without its disk (the emulator's SQLite file sets the pace otherwise).
 */
const args = process.argv.slice(2);
const inMemory = args.includes('--in-memory');
const batchSize = Number(args.find((a) => a.startsWith('--batch='))?.slice('--batch='.length) ?? 250);
const persons = Number(args.find((a) => !a.startsWith('--')) ?? 200_000);
const scale = {
  persons,
  entities: 1,
  buildings: Math.max(1, Math.round((planScale.buildings * persons) / planScale.persons)),
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-bench-registry-'));
const dynamo = await startDynamo(path.join(dir, 'dynamodb'), await freePort(), { inMemory });
console.log(`DynamoDB Local ${inMemory ? 'in memory (-inMemory)' : 'on disk (-dbPath), as npm start runs it'}`);
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 500);
try {
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: dynamo.endpoint });
  await client.send(new CreateTableCommand(localTableInput(localStage, tables.registry)));
  const env = handlerEnvironment(
    { dynamodb: dynamo.endpoint, s3: 'http://127.0.0.1:1', stepfunctions: 'http://127.0.0.1:1' },
    'http://localhost',
    randomBytes(32).toString('base64'),
    {
      ORIGIN_SECRET: randomBytes(32).toString('base64url'),
      VIEWER_SIGNING_SECRET: randomBytes(32).toString('base64url'),
    },
  );
  adoptFunctionEnvironment(env);

  // The files first, as a steward's import reads one: the generator's time is not the import's.
  async function writeFile(kind: 'persons' | 'buildings'): Promise<string> {
    const file = path.join(dir, `${kind}.csv`);
    const out = createWriteStream(file);
    let chunk = '';
    for (const row of generateRows(kind, 1, scale)) {
      chunk += csvLine(row);
      if (chunk.length > 128_000) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    return file;
  }
  const g0 = Date.now();
  const files = { buildings: await writeFile('buildings'), persons: await writeFile('persons') };
  console.log(
    `generated ${persons} persons in ${((Date.now() - g0) / 1000).toFixed(1)} s (${(statSync(files.persons).size / 2 ** 20).toFixed(0)} MiB)`,
  );
  const bytes = (kind: 'persons' | 'buildings') => createReadStream(files[kind], { highWaterMark: 256 * 1024 });
  const provenance = { by: 'bench', at: new Date().toISOString(), reason: 'benchmark', source: 'synthetic' };
  const b0 = Date.now();
  const b = await importCsv('buildings', bytes('buildings'), 'utf-8', provenance);
  console.log(`buildings: ${b.created} in ${((Date.now() - b0) / 1000).toFixed(1)} s (${b.rowsPerSecond} rows/s)`);
  const p0 = Date.now();
  let last = 0;
  const p = await importCsv('persons', bytes('persons'), 'utf-8', provenance, {
    batchSize,
    onProgress: (x) => {
      if (x.processed - last >= 10_000) {
        last = x.processed;
        console.log(
          `  persons ${x.processed} · ${x.rowsPerSecond} rows/s · rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
        );
      }
    },
  });
  const importSeconds = (Date.now() - p0) / 1000;
  console.log(
    `persons: ${p.created} created, ${p.rejected} rejected in ${importSeconds.toFixed(1)} s = ${Math.round(p.processed / importSeconds)} rows/s (2 items per row)`,
  );

  // The ceilings: DynamoDB Local's own BatchWriteItem rate, 24 batches in flight, with plain items the size of a
  // person version (~1.2 KB), and with copies of the very items the import wrote (versions and heads, the heads
  // feeding the `heads` index) under new keys.
  const doc = DynamoDBDocumentClient.from(client);
  const table = env.TABLE_REGISTRY as string;
  async function rawRate(items: Record<string, unknown>[]): Promise<[number, number]> {
    const t0 = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 24 }, async () => {
        while (next < items.length) {
          const start = next;
          next += 25;
          let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
          while (requests.length > 0) {
            const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
            requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
          }
        }
      }),
    );
    const seconds = (Date.now() - t0) / 1000;
    return [seconds, Math.round(items.length / seconds)];
  }
  const rawCount = Math.min(100_000, persons);
  const filler = 'x'.repeat(1100);
  const [rawSeconds, rawRateItems] = await rawRate(
    Array.from({ length: rawCount }, (_, i) => ({ pk: `RAW#${i}`, sk: 'HEAD', filler })),
  );
  console.log(
    `DynamoDB Local raw BatchWriteItem, plain 1.2 KB items: ${rawCount} items in ${rawSeconds.toFixed(1)} s = ${rawRateItems} items/s`,
  );
  const copies: Record<string, unknown>[] = [];
  for (let start: Record<string, unknown> | undefined; copies.length < rawCount;) {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, Limit: 1000 }));
    for (const item of page.Items ?? [])
      if (String(item.pk).startsWith('PERSON#')) copies.push({ ...item, pk: `COPY#${String(item.pk)}` });
    start = page.LastEvaluatedKey;
    if (!start) break;
  }
  const [copySeconds, copyRate] = await rawRate(copies.slice(0, rawCount));
  console.log(
    `DynamoDB Local raw BatchWriteItem, the import's own items: ${Math.min(copies.length, rawCount)} items in ${copySeconds.toFixed(1)} s = ${copyRate} items/s`,
  );
  console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  client.destroy();
} finally {
  clearInterval(sampler);
  await dynamo.stop();
  rmSync(dir, { recursive: true, force: true });
}
