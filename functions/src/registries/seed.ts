import { z } from 'zod';
import { residentIdSchema } from '../platform/personal-data/resident-id.js';
import { nowIso } from '../platform/clock.js';
import { creditCodeCheckCharacter } from './credit-code.js';
import { csvLine } from './csv.js';
import { importCsv } from './import.js';
import { computeQuality } from './quality.js';
import { getItem, putItem } from './store.js';
import { buildingRow, generateRows, type Scale } from './synthetic.js';
import { registryKinds } from './model.js';

/** The sample the local cloud loads on first start (small, so `npm start` stays fast); the plan's scale loads on demand. */
export const demoScale: Scale = { persons: 2000, entities: 100, buildings: 300 };
export const demoSeed = 20_261_205;

/**
 * The demo legal entity whose legal representative is the first demo person (陈小明, citizen1), so binding an
 * account to an entity works in the demo: citizen1 binds it on /my and may authorise an agent.
 */
export const demoEntity = {
  creditCode: `91440104MA5YX8F26${creditCodeCheckCharacter('91440104MA5YX8F26')}`,
  name: '越秀示范餐饮有限公司',
} as const;

const population = z.array(z.object({ name: z.string().trim().min(1), idNumber: residentIdSchema }));

async function* text(rows: Iterable<string[]>) {
  let chunk = '';
  for (const row of rows) {
    chunk += csvLine(row);
    if (chunk.length > 64_000) {
      yield new TextEncoder().encode(chunk);
      chunk = '';
    }
  }
  yield new TextEncoder().encode(chunk);
}

/**
 * Seeds the base registries once (a marker item records it): synthetic buildings, persons and entities,
 * plus the demo population (the people real-name verification knows), each through the import path.
 * Returns a summary, or 'kept' when seeded before.
 */
export async function seedRegistries(people: unknown, scale = demoScale, seed = demoSeed): Promise<string> {
  if (await getItem('REGISTRY#SEED', 'DEMO')) return 'kept';
  const demo = population.parse(people);
  const provenance = { by: 'system:seed', at: nowIso(), reason: 'demo sample', source: 'synthetic-generator' };
  const buildings = await importCsv('buildings', text(generateRows('buildings', seed, scale)), 'utf-8', provenance);
  const demoRows = demo.map((p, i) => {
    const building = buildingRow(seed, i % scale.buildings);
    // The demo people live at a seeded building, at its address (what registry prefill fills in).
    return [
      p.idNumber,
      p.name,
      '汉族',
      'hukou',
      building[2]!,
      building[3]!,
      building[0]!,
      `${building[1]!}${101 + i}房`,
      '',
    ];
  });
  const persons = await importCsv(
    'persons',
    text(
      (function* () {
        yield* generateRows('persons', seed, scale);
        yield* demoRows;
      })(),
    ),
    'utf-8',
    provenance,
  );
  const [representative] = demo;
  const demoEntities = representative
    ? [
        [
          demoEntity.creditCode,
          demoEntity.name,
          'company',
          representative.idNumber,
          '广州市越秀区北京路100号',
          'beijing',
          'active',
          '餐饮业',
        ],
      ]
    : [];
  const entities = await importCsv(
    'entities',
    text(
      (function* () {
        yield* generateRows('entities', seed, scale);
        yield* demoEntities;
      })(),
    ),
    'utf-8',
    provenance,
  );
  for (const kind of registryKinds) await computeQuality(kind, {});
  await putItem({ pk: 'REGISTRY#SEED', sk: 'DEMO', at: nowIso(), scale });
  return `${buildings.created + buildings.updated} buildings, ${persons.created + persons.updated} persons, ${entities.created + entities.updated} entities`;
}
