/**
 * Archive search figures (not tests): `npx tsx scripts/bench/archive-search.ts [-- <entries>]` (default 100,000).
 * Starts a fresh DynamoDB Local in memory, writes that many archived documents' catalogue index items
 * (official-documents/archive-index.ts: the lists, the number index and a posting per term and Han character of
 * generated titles and bodies, spread over the departments as a district's archive would be), then times searches
 * through the real search (archive-search.ts): by words (common and rare, one character), number, type and year,
 * for one department and district-wide, first pages and next pages. Prints p50/p95/p99 and the items written.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { departmentCodes } from '../../functions/src/catalog/taxonomy.js';
import { indexItems } from '../../functions/src/official-documents/archive-index.js';
import type { CatalogueEntry } from '../../functions/src/official-documents/archive-model.js';
import { retainUntil, retentionByType } from '../../functions/src/official-documents/archive-model.js';
import { searchIndex } from '../../functions/src/official-documents/archive-search.js';
import { documentTypes } from '../../functions/src/official-documents/model.js';
import { dynamoClient } from '../../functions/src/platform/aws-clients.js';
import { tables } from '../../functions/src/platform/resources.js';
import { indexTerms } from '../../functions/src/search/segmenter.js';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { handlerEnvironment } from '../../infra/local/handler-environment.js';
import { localCredentials, localRegion, localStage } from '../../infra/local/constants.js';
import { startDynamo } from '../../infra/local/dynamodb.js';
import { freePort } from '../../infra/local/ports.js';
import { localTableInput } from '../../infra/local/provision.js';
import { adoptFunctionEnvironment } from '../config.js';
import { percentile } from './percentile.js';

const entries = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const subjects = ['垃圾分类', '消防安全', '养老服务', '食品安全', '防汛防台', '社区治理', '义务教育', '医疗保障'];
const actions = ['开展', '做好', '加强', '部署', '推进', '规范'];
const places = ['北京街', '六榕街', '流花街', '光塔街', '人民街', '东山街', '农林街', '华乐街', '建设街', '大塘街'];
const rare = (n: number) => `专项${String(n).padStart(6, '0')}`;

/** A generated archived document: its title and body from a small vocabulary, one rare word each. */
function entryOf(n: number): CatalogueEntry {
  const department = departmentCodes[n % departmentCodes.length]!;
  const type = documentTypes[n % documentTypes.length]!;
  const year = 2015 + (n % 12);
  const signedAt = new Date(Date.UTC(year, n % 12, 1 + (n % 28), 1, 0, n % 60)).toISOString();
  const title = `关于${actions[n % actions.length]}${places[n % places.length]}${subjects[(n >> 3) % subjects.length]}工作的通知`;
  const body = `各单位：为${rare(n)}，请${actions[(n >> 2) % actions.length]}${subjects[n % subjects.length]}。`;
  const retention = retentionByType[type];
  const object = { key: `bench/${n}`, sha256: '0'.repeat(64), bytes: 1 };
  return {
    documentId: `bench${String(n).padStart(8, '0')}`,
    department,
    number: `越${department.slice(0, 2)}〔${year}〕${(n % 9999) + 1}号`,
    title,
    type,
    year,
    signedAt,
    signedBy: 'leader1',
    archivedAt: signedAt,
    archiveSeq: n + 1,
    retention,
    retainUntil: retainUntil(signedAt, retention),
    pdf: object,
    record: object,
    terms: [...new Set(indexTerms(`${title}\n${body}`))],
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'yuexiu-bench-archive-'));
const dynamo = await startDynamo(path.join(dir, 'dynamodb'), await freePort(), { inMemory: true });
try {
  const client = new DynamoDBClient({ region: localRegion, credentials: localCredentials, endpoint: dynamo.endpoint });
  await client.send(new CreateTableCommand(localTableInput(localStage, tables.core)));
  adoptFunctionEnvironment(
    handlerEnvironment(
      { dynamodb: dynamo.endpoint, s3: 'http://127.0.0.1:1', stepfunctions: 'http://127.0.0.1:1' },
      'http://localhost',
      randomBytes(32).toString('base64'),
      {
        ORIGIN_SECRET: randomBytes(32).toString('base64url'),
        VIEWER_SIGNING_SECRET: randomBytes(32).toString('base64url'),
      },
    ),
  );
  const table = process.env.TABLE_CORE!;
  const t0 = Date.now();
  let written = 0;
  const pending: Promise<unknown>[] = [];
  let batch: Record<string, unknown>[] = [];
  const flush = async (items: Record<string, unknown>[]) => {
    let requests = items.map((Item) => ({ PutRequest: { Item } }));
    while (requests.length > 0) {
      const out = await dynamoClient().send(new BatchWriteCommand({ RequestItems: { [table]: requests } }));
      requests = (out.UnprocessedItems?.[table] ?? []) as typeof requests;
    }
  };
  for (let n = 0; n < entries; n += 1) {
    for (const item of indexItems(entryOf(n))) {
      batch.push(item);
      if (batch.length === 25) {
        pending.push(flush(batch));
        batch = [];
        written += 25;
        if (pending.length >= 16) await Promise.all(pending.splice(0));
      }
    }
    if (n % 10_000 === 9_999)
      console.log(`${n + 1} entries, ${written} items, ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  pending.push(flush(batch));
  written += batch.length;
  await Promise.all(pending);
  console.log(`seeded ${entries} entries as ${written} index items in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const one = ['civil-affairs'];
  const all = [...departmentCodes];
  const searches: [string, readonly string[], Record<string, string | number>][] = [
    ['common words, one department', one, { q: '消防安全 通知' }],
    [
      'rare word, one department',
      one,
      { q: rare(departmentCodes.indexOf('civil-affairs') + departmentCodes.length * 7) },
    ],
    ['one character, one department', one, { q: '防' }],
    ['words + type + year, one department', one, { q: '养老服务', type: 'notice', year: 2020 }],
    ['number prefix, one department', one, { number: '越ci〔2020〕' }],
    ['type + year, one department', one, { type: 'letter', year: 2019 }],
    ['newest, one department', one, {}],
    ['common words, district-wide', all, { q: '垃圾分类' }],
    ['newest, district-wide', all, {}],
  ];
  console.log('| search | runs | p50 | p95 | p99 | results (1st page) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const everything: number[] = [];
  for (const [name, departments, query] of searches) {
    const times: number[] = [];
    let shown = 0;
    for (let run = 0; run < 60; run += 1) {
      const s = performance.now();
      const first = await searchIndex(departments, query);
      times.push(performance.now() - s);
      shown = first.items.length;
      if (first.nextCursor && run % 2 === 1) {
        const s2 = performance.now();
        await searchIndex(departments, { ...query, cursor: first.nextCursor });
        times.push(performance.now() - s2);
      }
    }
    times.splice(0, 4); // warm-up
    everything.push(...times);
    console.log(
      `| ${name} | ${times.length} | ${percentile(times, 50)} ms | ${percentile(times, 95)} ms | ${percentile(times, 99)} ms | ${shown} |`,
    );
  }
  console.log(
    `all searches: p50 ${percentile(everything, 50)} ms, p99 ${percentile(everything, 99)} ms over ${everything.length}`,
  );
} finally {
  await dynamo.stop();
}
