import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tables } from '../../functions/src/platform/resources.js';
import { csvLine } from '../../functions/src/registries/csv.js';
import { importCsv } from '../../functions/src/registries/import.js';
import { generateRows, planScale } from '../../functions/src/registries/synthetic.js';
import { handlerEnvironment } from '../../infra/local/cloud.js';
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

  async function* bytes(kind: 'persons' | 'buildings') {
    let chunk = '';
    for (const row of generateRows(kind, 1, scale)) {
      chunk += csvLine(row);
      if (chunk.length > 128_000) {
        yield Buffer.from(chunk);
        chunk = '';
      }
    }
    yield Buffer.from(chunk);
  }
  const provenance = { by: 'bench', at: new Date().toISOString(), reason: 'benchmark', source: 'synthetic' };
  const b0 = Date.now();
  const b = await importCsv('buildings', bytes('buildings'), 'utf-8', provenance);
  console.log(`buildings: ${b.created} in ${((Date.now() - b0) / 1000).toFixed(1)} s (${b.rowsPerSecond} rows/s)`);
  const p0 = Date.now();
  let last = 0;
  const p = await importCsv('persons', bytes('persons'), 'utf-8', provenance, {
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

  // The ceiling: raw BatchWriteItem of items the size of a person version (~1.2 KB), 24 in flight.
  const doc = DynamoDBDocumentClient.from(client);
  const filler = 'x'.repeat(1100);
  const rawItems = Math.min(100_000, persons);
  const r0 = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 24 }, async () => {
      while (next < rawItems) {
        const start = next;
        next += 25;
        let requests = Array.from({ length: Math.min(25, rawItems - start) }, (_, i) => ({
          PutRequest: { Item: { pk: `RAW#${start + i}`, sk: 'HEAD', filler } },
        }));
        while (requests.length > 0) {
          const out = await doc.send(
            new BatchWriteCommand({ RequestItems: { [env.TABLE_REGISTRY as string]: requests } }),
          );
          requests = (out.UnprocessedItems?.[env.TABLE_REGISTRY as string] ?? []) as typeof requests;
        }
      }
    }),
  );
  const rawSeconds = (Date.now() - r0) / 1000;
  console.log(
    `DynamoDB Local raw BatchWriteItem: ${rawItems} items in ${rawSeconds.toFixed(1)} s = ${Math.round(rawItems / rawSeconds)} items/s`,
  );
  console.log(`peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
  client.destroy();
} finally {
  clearInterval(sampler);
  await dynamo.stop();
  rmSync(dir, { recursive: true, force: true });
}
