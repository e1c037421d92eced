import { describe, expect, it } from 'vitest';
import { draftInput, serviceItem, serviceListQuery, summarise } from '../../../functions/src/catalog/model.js';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { facetKeys } from '../../../functions/src/catalog/store.js';
import { departments, lifeEventCodes } from '../../../functions/src/catalog/taxonomy.js';
import { generateCatalog, planItemCount } from '../../../scripts/generate-catalog.js';

const issuePaths = (input: unknown, schema = serviceItem) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};
const marriage = seedItems.find((i) => i.code === '440104-MZ-0001')!;

describe('the seed catalog', () => {
  it('has at least 60 items across at least 12 departments', () => {
    expect(seedItems.length).toBeGreaterThanOrEqual(60);
    expect(new Set(seedItems.map((i) => i.department)).size).toBeGreaterThanOrEqual(12);
  });

  it.each(seedItems.map((i) => [i.code, i] as const))('item %s is a valid guide', (_code, item) => {
    expect(issuePaths(item)).toEqual([]);
  });

  it('promises no more than the statutory time limit for any item', () => {
    const late = seedItems.filter((i) => i.timeLimits.promisedDays > i.timeLimits.statutoryDays);
    expect(late.map((i) => i.code)).toEqual([]);
  });

  it('gives every item a unique code and a unique Chinese name', () => {
    expect(new Set(seedItems.map((i) => i.code)).size).toBe(seedItems.length);
    expect(new Set(seedItems.map((i) => i.name.zh)).size).toBe(seedItems.length);
  });

  it('covers both audiences, most life events and some fully online items', () => {
    expect(seedItems.some((i) => i.audience.includes('enterprise'))).toBe(true);
    const events = new Set(seedItems.flatMap((i) => i.lifeEvents));
    expect(lifeEventCodes.filter((e) => !events.has(e))).toEqual([]);
    expect(seedItems.filter((i) => i.counterVisits === 0 && i.online).length).toBeGreaterThan(20);
  });
});

describe('the service item schema', () => {
  it('refuses a promised time limit above the statutory one at timeLimits.promisedDays', () => {
    const item = { ...marriage, timeLimits: { statutoryDays: 5, promisedDays: 6 } };
    expect(issuePaths(item)).toEqual(['timeLimits.promisedDays']);
  });

  it("refuses a code that does not carry the department's prefix", () => {
    expect(issuePaths({ ...marriage, code: '440104-SJ-0001' })).toEqual(['code']);
  });

  it('refuses an item with no counter visit that is not online', () => {
    expect(issuePaths({ ...marriage, counterVisits: 0, online: false })).toEqual(['online']);
  });

  it('refuses review steps out of order or without a decision', () => {
    const reordered = {
      ...marriage,
      reviewSteps: [
        { step: 'accept', role: 'clerk' },
        { step: 'deliver', role: 'clerk' },
        { step: 'review', role: 'officer' },
      ],
    };
    expect(issuePaths(reordered)).toEqual(['reviewSteps', 'reviewSteps.2.step']);
  });

  it('declares joint review (联合审批) on at least two seed items, each led by its own department with three reviewers', () => {
    const joint = seedItems.filter((i) => i.jointReview);
    expect(joint.length).toBeGreaterThanOrEqual(2);
    for (const item of joint) {
      expect(item.jointReview?.lead).toBe(item.department);
      expect(item.jointReview?.departments.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('refuses a joint review led by another department, without its lead, or naming a department twice', () => {
    const led = { ...marriage, jointReview: { lead: 'health', departments: ['health', 'civil-affairs'] } };
    expect(issuePaths(led)).toEqual(['jointReview.lead']);
    const leadless = { ...marriage, jointReview: { lead: 'civil-affairs', departments: ['health', 'housing'] } };
    expect(issuePaths(leadless)).toEqual(['jointReview.departments']);
    const twice = {
      ...marriage,
      jointReview: { lead: 'civil-affairs', departments: ['civil-affairs', 'health', 'health'] },
    };
    expect(issuePaths(twice)).toEqual(['jointReview.departments']);
  });

  it('refuses a charged fee without an amount', () => {
    expect(issuePaths({ ...marriage, fees: { free: false, basis: 'x' } })).toEqual(['fees.amountCny']);
  });

  it('names the material field that is wrong', () => {
    const materials = [{ ...marriage.materials[0], form: 'photocopy' }];
    expect(issuePaths({ ...marriage, materials })).toEqual(['materials.0.form']);
  });

  it('needs a version on a draft and applies the same rules', () => {
    expect(issuePaths(marriage, draftInput)).toEqual(['version']);
    expect(issuePaths({ ...marriage, version: 0 }, draftInput)).toEqual([]);
  });
});

describe('the list query', () => {
  it('turns page and pageSize into numbers and refuses values out of range by name', () => {
    expect(serviceListQuery.parse({ page: '2', pageSize: '50' })).toEqual({ page: 2, pageSize: 50 });
    expect(issuePaths({ pageSize: '101' }, serviceListQuery as never)).toEqual(['pageSize']);
    expect(issuePaths({ page: '0' }, serviceListQuery as never)).toEqual(['page']);
    expect(issuePaths({ page: 'x' }, serviceListQuery as never)).toEqual(['page']);
    expect(issuePaths({ department: 'nowhere' }, serviceListQuery as never)).toEqual(['department']);
  });
});

describe('facet index records', () => {
  it('list a published item under every facet value it has', () => {
    const keys = facetKeys(summarise(marriage, 1));
    expect(keys).toEqual([
      'CATALOG#FACET#all#*',
      'CATALOG#FACET#department#civil-affairs',
      'CATALOG#FACET#audience#citizen',
      'CATALOG#FACET#lifeEvent#marriage',
      'CATALOG#FACET#topic#civil-status',
      'CATALOG#FACET#online#false',
    ]);
  });
});

describe('the full-scale generator', () => {
  const catalog = generateCatalog();

  it(`makes the plan's ${planItemCount} unique, valid items over every department`, () => {
    expect(catalog).toHaveLength(planItemCount);
    expect(new Set(catalog.map((i) => i.code)).size).toBe(planItemCount);
    expect(new Set(catalog.map((i) => i.name.zh)).size).toBe(planItemCount);
    expect(catalog.filter((i) => !serviceItem.safeParse(i).success)).toEqual([]);
    expect(new Set(catalog.map((i) => i.department)).size).toBe(departments.length);
  });

  it('is deterministic for a seed', () => {
    expect(generateCatalog(120, 7)).toEqual(generateCatalog(120, 7));
    expect(generateCatalog(120, 7)).not.toEqual(generateCatalog(120, 8));
  });
});
