import { describe, expect, it } from 'vitest';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { outcomesOf, scenarioFields } from '../../../functions/src/scenarios/model.js';
import { seedScenarioList } from '../../../functions/src/scenarios/seed/index.js';
import { itemCodesOf, validateScenario } from '../../../functions/src/scenarios/validation.js';

const catalog = new Map(seedItems.map((i) => [i.code, i]));

describe('the seed scenarios', () => {
  it('has at least 5 scenarios with at least 40 branches in all', () => {
    expect(seedScenarioList.length).toBeGreaterThanOrEqual(5);
    const leaves = seedScenarioList.reduce((n, s) => n + outcomesOf(s).length, 0);
    expect(leaves).toBeGreaterThanOrEqual(40);
  });

  it('covers birth, a restaurant, marriage, retirement and unemployment', () => {
    expect(seedScenarioList.map((s) => s.id)).toEqual(
      expect.arrayContaining(['baby-born', 'open-restaurant', 'marriage-registration', 'retirement', 'unemployment']),
    );
  });

  it.each(seedScenarioList.map((s) => [s.id, s] as const))('%s matches the schema', (_id, scenario) => {
    const result = scenarioFields.safeParse(scenario);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(seedScenarioList.map((s) => [s.id, s] as const))(
    '%s has no dead end, cycle or unreachable node, and every leaf names seed items and their materials',
    (_id, scenario) => {
      expect(validateScenario(scenario, catalog)).toEqual([]);
    },
  );

  it('gives every branch of a scenario a distinct name', () => {
    for (const scenario of seedScenarioList) {
      const names = outcomesOf(scenario).map(([, leaf]) => leaf.branch.zh);
      expect(new Set(names).size, scenario.id).toBe(names.length);
    }
  });

  it('resolves the baby scenario to the birth certificate and the newborn hukou', () => {
    const baby = seedScenarioList.find((s) => s.id === 'baby-born')!;
    expect(itemCodesOf(baby)).toEqual(expect.arrayContaining(['440104-WJ-0001', '440104-GA-0001']));
  });
});
