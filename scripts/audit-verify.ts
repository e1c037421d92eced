import { existsSync, readFileSync } from 'node:fs';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { formatVerification, verifyAuditChains, type ChainAnchor } from '../functions/src/audit/verify.js';
import { resolveTarget, UsageError, type Target } from './audit-verify-config.js';

/**
 * `npm run audit:verify [-- --anchors heads.json] [-- --json]`: reads the whole audit table and reports
 * every changed, removed or re-ordered record. Exit 0 when clean, 1 when anything is wrong, 2 on a usage
 * or configuration error.
 *
 * Which table: TABLE_AUDIT (and AWS_ENDPOINT_URL_DYNAMODB for LocalStack) from the environment, with the
 * usual AWS credentials and region; otherwise the local cloud that `npm start` runs, found through
 * <YUEXIU_DATA_DIR or .data>/endpoints.json.
 *
 * --anchors: chain heads logged at append time, exported from CloudWatch Logs Insights
 * (`filter action = "audit.append" | fields chain, seq, hash`) as a JSON array or JSON lines; with them
 * a cut-off chain tail or a recomputed chain is reported too (see functions/src/audit/verify.ts).
 */
const usage = 'usage: npm run audit:verify [-- --anchors <file.json>] [-- --json]';

const anchorEntry = z.object({ chain: z.string(), seq: z.coerce.number().int().positive(), hash: z.string() });

function parseArgs(argv: readonly string[]): { anchorsFile?: string; json: boolean } {
  let anchorsFile: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--anchors' && argv[i + 1]) anchorsFile = argv[++i];
    else throw new UsageError(arg === '--help' || arg === '-h' ? usage : `unknown argument "${arg}"\n${usage}`);
  }
  return { anchorsFile, json };
}

function readAnchors(file: string): ChainAnchor[] {
  if (!existsSync(file)) throw new UsageError(`anchors file ${file} does not exist`);
  const text = readFileSync(file, 'utf8').trim();
  try {
    const entries: unknown[] = text.startsWith('[')
      ? JSON.parse(text)
      : text
          .split(/\r?\n/)
          .filter(Boolean)
          .map((l) => JSON.parse(l));
    return entries.map((entry) => anchorEntry.parse(entry));
  } catch {
    throw new UsageError(`anchors file ${file}: expected a JSON array or JSON lines of { chain, seq, hash }`);
  }
}

/** The whole table, page by page. A Scan is right here: an offline tool that must see every item. */
async function scanAll(target: Target): Promise<Record<string, unknown>[]> {
  const documents = DynamoDBDocumentClient.from(target.client);
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await documents.send(
      new ScanCommand({ TableName: target.table, ConsistentRead: true, ExclusiveStartKey: startKey }),
    );
    items.push(...(out.Items ?? []));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}

async function main(): Promise<number> {
  let target: Target | undefined;
  try {
    const args = parseArgs(process.argv.slice(2));
    const anchors = args.anchorsFile ? readAnchors(args.anchorsFile) : [];
    target = resolveTarget();
    let items: Record<string, unknown>[];
    try {
      items = await scanAll(target);
    } catch (error) {
      throw new UsageError(
        `Could not read table ${target.table} at ${target.where}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const result = verifyAuditChains(items, anchors);
    if (args.json) console.log(JSON.stringify({ table: target.table, ...result }, null, 2));
    else console.log(`Table ${target.table} at ${target.where}\n${formatVerification(result)}`);
    return result.problems.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    target?.client.destroy();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
