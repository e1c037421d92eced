/**
 * Generates the plan's full-scale catalog (580 items, 15 departments) for search and load tests: the
 * realistic seed items, then deterministic variants of them (change, renewal, cancellation, cross-province
 * …) with their own codes and perturbed time limits. Same seed, same catalog.
 *
 *   npx tsx scripts/generate-catalog.ts [count] [out.json]   (defaults: 580, stdout)
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { serviceItem, type ServiceItem } from '../functions/src/catalog/model.js';
import { seedItems } from '../functions/src/catalog/seed/items.js';
import { departments, districtCode } from '../functions/src/catalog/taxonomy.js';

/** The plan's figure: 580 service items with guides. */
export const planItemCount = 580;

/** mulberry32: a tiny, well-known 32-bit PRNG; enough for reproducible test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Variant {
  zh: string;
  en: string;
  /** The variant is done fully online. */
  online?: boolean;
}

const variants: readonly Variant[] = [
  { zh: '变更', en: 'Change' },
  { zh: '延续', en: 'Renewal' },
  { zh: '注销', en: 'Cancellation' },
  { zh: '补发', en: 'Replacement' },
  { zh: '换发', en: 'Reissue' },
  { zh: '告知承诺制', en: 'By notification and commitment' },
  { zh: '跨省通办', en: 'Across provinces', online: true },
  { zh: '容缺受理', en: 'With documents to follow' },
  { zh: '进度查询', en: 'Progress enquiry', online: true },
  { zh: '电子证照申领', en: 'Electronic certificate', online: true },
];

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function variantOf(base: ServiceItem, variant: Variant, code: string, next: () => number): ServiceItem {
  const statutory = base.timeLimits.statutoryDays;
  const promised = statutory === 0 ? 0 : Math.max(0, Math.min(statutory, Math.round(statutory * (0.2 + next() * 0.6))));
  const online = variant.online === true || base.online;
  return {
    ...base,
    code,
    name: { zh: clip(`${base.name.zh}（${variant.zh}）`, 80), en: clip(`${base.name.en} — ${variant.en}`, 80) },
    timeLimits: { statutoryDays: statutory, promisedDays: promised },
    counterVisits: variant.online ? 0 : base.counterVisits,
    online,
    faq: [],
  };
}

/**
 * `count` unique, valid service items (at least the seed items): the seed catalog first, then variants
 * spread over the departments, numbered from 0101 within each department.
 */
export function generateCatalog(count = planItemCount, seed = 20110101): ServiceItem[] {
  const next = random(seed);
  const items: ServiceItem[] = [...seedItems];
  const numbers = new Map(departments.map((d) => [d.code as string, 100]));
  // A deterministic shuffle of the bases, so variants spread across departments.
  const bases = [...seedItems]
    .map((item) => ({ item, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map((b) => b.item);
  for (const variant of variants) {
    for (const base of bases) {
      if (items.length >= count) return items;
      const department = departments.find((d) => d.code === base.department)!;
      const number = numbers.get(department.code)! + 1;
      numbers.set(department.code, number);
      const code = `${districtCode}-${department.itemPrefix}-${String(number).padStart(4, '0')}`;
      items.push(serviceItem.parse(variantOf(base, variant, code, next)));
    }
  }
  if (items.length < count) throw new Error(`The generator makes at most ${items.length} items`);
  return items;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [countArg, out] = process.argv.slice(2);
  const json = JSON.stringify(generateCatalog(countArg ? Number(countArg) : planItemCount), null, 2);
  if (out) writeFileSync(out, json);
  else process.stdout.write(json);
}
