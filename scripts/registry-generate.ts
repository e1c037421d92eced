import { createWriteStream } from 'node:fs';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { csvLine } from '../functions/src/registries/csv.js';
import { registryKinds, type RegistryKind } from '../functions/src/registries/model.js';
import { demoScale, demoSeed } from '../functions/src/registries/seed.js';
import { generateRows, planScale, type Scale } from '../functions/src/registries/synthetic.js';

/**
 * `npm run registry:generate -- [--scale plan|demo|<persons>] [--seed N] [--out dir]`: writes
 * buildings.csv, persons.csv and entities.csv (UTF-8) of deterministic SYNTHETIC data; import them in that
 * order (persons refer to buildings, entities to persons). Streams: memory stays flat at any scale.
 */
function parse(argv: string[]) {
  const args = { scale: demoScale as Scale, seed: demoSeed, out: 'registry-data' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--scale' && value) {
      args.scale = value === 'plan' ? planScale : value === 'demo' ? demoScale : scaleFor(Number(value));
      i++;
    } else if (flag === '--seed' && value) {
      args.seed = Number(value);
      i++;
    } else if (flag === '--out' && value) {
      args.out = value;
      i++;
    } else throw new Error(`unknown argument ${flag}; usage: --scale plan|demo|<persons> --seed N --out dir`);
  }
  return args;
}

/** A scale with the plan's proportions for a number of persons. */
function scaleFor(persons: number): Scale {
  if (!Number.isInteger(persons) || persons < 1) throw new Error('--scale: plan, demo or a number of persons');
  const f = persons / planScale.persons;
  return {
    persons,
    entities: Math.max(1, Math.round(planScale.entities * f)),
    buildings: Math.max(1, Math.round(planScale.buildings * f)),
  };
}

const args = parse(process.argv.slice(2));
mkdirSync(args.out, { recursive: true });
for (const kind of ['buildings', 'persons', 'entities'] as RegistryKind[]) {
  if (!registryKinds.includes(kind)) continue;
  const file = path.join(args.out, `${kind}.csv`);
  const out = createWriteStream(file);
  let chunk = '';
  for (const row of generateRows(kind, args.seed, args.scale)) {
    chunk += csvLine(row);
    if (chunk.length > 256_000 && !out.write(chunk)) await once(out, 'drain');
    if (chunk.length > 256_000) chunk = '';
  }
  out.end(chunk);
  await once(out, 'finish');
  console.log(`${file}: ${args.scale[kind]} rows`);
}
