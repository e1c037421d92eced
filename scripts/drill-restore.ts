import { rmSync } from 'node:fs';
import { allBuckets, allTables } from '../functions/src/platform/resources.js';
import { drillSetup, DrillConfigError } from './drill/config.js';
import { formatReport, runDrill, type DrillReport } from './drill/drill.js';
import { defaultEnvironment, processEnvironment } from './config.js';

/**
 * `npm run drill:restore [-- --ephemeral] [-- --keep] [-- --stage <name>] [-- --json]` (H3): backs up every
 * table and bucket, restores them into a fresh namespace, compares item by item and object by object and
 * prints a verdict with the RPO and the time the restore took. Exit 0 when everything was restored
 * identically, 1 when anything differs or the drill fails, 2 on a usage or configuration error.
 *
 * Which cloud and how (scripts/drill/config.ts): DRILL_BACKUP=local (default) exports and imports on the
 * local cloud that `npm start` runs; DRILL_BACKUP=aws restores a deployment to a point in time.
 * --ephemeral starts a local cloud of its own on a temporary folder (no running server needed; CI) and
 * writes a profile, a document and a case through the API first.
 */
const usage =
  'usage: npm run drill:restore [-- --ephemeral] [-- --keep] [-- --stage <name>] [-- --json]\n' +
  '  --ephemeral  start a throwaway local cloud with sample content instead of using a running one\n' +
  '  --keep       leave the restored namespace (and the local export folder) in place\n' +
  '  --stage      stage name of the restored namespace (default drill-<time>)\n' +
  '  --json       print the report as JSON';

interface Args {
  ephemeral: boolean;
  keep: boolean;
  json: boolean;
  stage?: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { ephemeral: false, keep: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--ephemeral') args.ephemeral = true;
    else if (arg === '--keep') args.keep = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--stage' && argv[i + 1]) args.stage = argv[++i];
    else throw new DrillConfigError(arg === '--help' || arg === '-h' ? usage : `unknown argument "${arg}"\n${usage}`);
  }
  return args;
}

const log = (message: string) => console.error(message);

function reportJson(report: DrillReport): string {
  const { backup, ...rest } = report;
  const { expected: _expected, ...backupInfo } = backup;
  return JSON.stringify({ ...rest, backup: backupInfo }, null, 2);
}

/** A local cloud of the drill's own, with content written through the API. */
async function startEphemeral() {
  // The handlers' loggers are made when their modules load: keep them to warnings, as the tests do.
  defaultEnvironment('POWERTOOLS_LOG_LEVEL', 'WARN');
  const { startEphemeralCloud } = await import('../infra/local/cloud.js');
  const { writeSampleContent } = await import('./drill/sample-content.js');
  log('Starting an ephemeral local cloud…');
  const cloud = await startEphemeralCloud({ web: false, sweepSeconds: 0 });
  try {
    const { caseId } = await writeSampleContent(cloud.origin);
    log(`Wrote a profile, a document and case ${caseId} through ${cloud.origin}`);
  } catch (error) {
    await cloud.stop();
    throw error;
  }
  return cloud;
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const cloud = args.ephemeral ? await startEphemeral() : undefined;
  try {
    const env = cloud ? { ...processEnvironment(), ...cloud.env, DRILL_BACKUP: 'local' } : processEnvironment();
    const setup = drillSetup({ tables: allTables, buckets: allBuckets }, env);
    try {
      const report = await runDrill(
        setup.adapter,
        { tables: allTables, buckets: allBuckets },
        {
          keep: args.keep,
          targetStage: args.stage,
          log,
        },
      );
      console.log(args.json ? reportJson(report) : formatReport(report));
      if (args.keep && cloud)
        log('(--keep with --ephemeral: the throwaway cloud and its namespaces are gone; the export stays)');
      return report.verdict === 'OK' ? 0 : 1;
    } finally {
      setup.adapter.close();
      if (setup.backupDir && setup.backupDirIsTemporary && !args.keep) {
        rmSync(setup.backupDir, { recursive: true, force: true });
      } else if (setup.backupDir) log(`Export kept in ${setup.backupDir}`);
    }
  } catch (error) {
    if (error instanceof DrillConfigError) {
      console.error(error.message);
      return 2;
    }
    console.error(`VERDICT: FAILED — ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    await cloud?.stop();
  }
}

// Exit explicitly: the ephemeral cloud's embedded servers and clients may leave idle handles behind once stopped.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
