import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { csvLine, type CsvEncoding } from '../functions/src/registries/csv.js';
import { importCsv } from '../functions/src/registries/import.js';
import { registryKind } from '../functions/src/registries/model.js';
import { computeQuality } from '../functions/src/registries/quality.js';
import { nowIso } from '../functions/src/platform/clock.js';
import { useRunningLocalCloud } from './registry-target.js';

/**
 * `npm run registry:import -- <persons|entities|buildings> <file.csv> [--encoding gb18030] [--reason text]`:
 * imports a CSV into the running local cloud's registry, streaming, with progress (rows, rate, ETA);
 * bad rows go to <file>.errors.csv (line, field, reason). Re-running with the same file writes nothing.
 */
const [kindArg, file, ...rest] = process.argv.slice(2);
const usage =
  'usage: npm run registry:import -- <persons|entities|buildings> <file.csv> [--encoding utf-8|gb18030] [--reason text]';
if (!kindArg || !file) throw new Error(usage);
const kind = registryKind.parse(kindArg);
let encoding: CsvEncoding = 'utf-8';
let reason = 'bulk import';
for (let i = 0; i < rest.length; i += 2) {
  if (rest[i] === '--encoding' && (rest[i + 1] === 'utf-8' || rest[i + 1] === 'gb18030'))
    encoding = rest[i + 1] as CsvEncoding;
  else if (rest[i] === '--reason' && rest[i + 1]) reason = rest[i + 1] as string;
  else throw new Error(usage);
}

useRunningLocalCloud();
const size = statSync(file).size;
let read = 0;
const input = createReadStream(file, { highWaterMark: 256 * 1024 });
input.on('data', (chunk) => (read += chunk.length));
const errorsFile = `${file}.errors.csv`;
const errors = createWriteStream(errorsFile);
errors.write(csvLine(['line', 'field', 'reason']));
const started = Date.now();
const invalid: Record<string, number> = {};
const result = await importCsv(
  kind,
  input,
  encoding,
  { by: 'cli:registry-import', at: nowIso(), reason, source: `file:${file}` },
  {
    onError: (e) => {
      invalid[e.field] = (invalid[e.field] ?? 0) + 1;
      errors.write(csvLine([e.line, e.field, e.reason]));
    },
    onProgress: (p) => {
      const share = read / size;
      const eta = share > 0 ? ((Date.now() - started) / share - (Date.now() - started)) / 1000 : 0;
      process.stderr.write(
        `\r${p.processed} rows · ${p.rowsPerSecond} rows/s · ${(share * 100).toFixed(1)}% · ETA ${eta.toFixed(0)} s   `,
      );
    },
  },
);
errors.end();
await computeQuality(kind, invalid);
process.stderr.write('\n');
console.log(JSON.stringify({ ...result, errorsFile: result.rejected > 0 ? errorsFile : undefined }));
