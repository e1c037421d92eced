import { describe, expect, it } from 'vitest';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import type { ScenarioFields } from '../../../functions/src/scenarios/model.js';
import { validateScenario } from '../../../functions/src/scenarios/validation.js';

const catalog = new Map(seedItems.map((i) => [i.code, i]));
const marriage = '440104-MZ-0001';
const zhEn = (s: string) => ({ zh: s, en: s });
const ask = (answers: [string, string][]) => ({
  kind: 'question' as const,
  text: zhEn('Q?'),
  answers: answers.map(([id, next]) => ({ id, label: zhEn(id), next })),
});
const leaf = (code = marriage, materials: (number | string)[] = [0]) => ({
  kind: 'outcome' as const,
  branch: zhEn('B'),
  items: [{ code, materials: materials.map((material) => ({ material })) }],
});

/** A valid three-node tree: q1 → leaf-a / leaf-b. */
function tree(changes: Partial<ScenarioFields['nodes']> = {}): ScenarioFields {
  const nodes = {
    q1: ask([
      ['a1', 'leaf-a'],
      ['a2', 'leaf-b'],
    ]),
    'leaf-a': leaf(),
    'leaf-b': leaf(),
    ...changes,
  };
  return {
    id: 'test',
    title: zhEn('T'),
    intro: zhEn('I'),
    lifeEvents: [],
    root: 'q1',
    nodes: nodes as ScenarioFields['nodes'],
  };
}
const fields = (s: ScenarioFields) => validateScenario(s, catalog).map((i) => i.field);

describe('scenario validation', () => {
  it('accepts a tree whose every path ends at a leaf of published items', () => {
    expect(validateScenario(tree(), catalog)).toEqual([]);
  });

  it('names the answer that leads to a node that does not exist (dead end)', () => {
    const issues = validateScenario(
      tree({
        q1: ask([
          ['a1', 'leaf-a'],
          ['a2', 'nowhere'],
        ]),
      }),
      catalog,
    );
    expect(issues).toContainEqual({ field: 'nodes.q1.answers.a2.next', message: expect.stringContaining('nowhere') });
  });

  it('names the answer that closes a cycle', () => {
    const s = tree({
      q1: ask([
        ['a1', 'q2'],
        ['a2', 'leaf-a'],
      ]),
      q2: ask([
        ['back', 'q1'],
        ['on', 'leaf-b'],
      ]),
    });
    const issues = validateScenario(s, catalog);
    expect(issues).toEqual([{ field: 'nodes.q2.answers.back.next', message: 'cycle: q1 → q2 → q1' }]);
  });

  it('names a node that cannot be reached from the root', () => {
    expect(fields(tree({ orphan: leaf() }))).toEqual(['nodes.orphan']);
  });

  it('names a leaf that resolves to an unknown item', () => {
    expect(fields(tree({ 'leaf-b': leaf('440104-MZ-9999') }))).toEqual(['nodes.leaf-b.items.440104-MZ-9999.code']);
  });

  it('names a material the item does not have, by index or by name', () => {
    const s = tree({ 'leaf-a': leaf(marriage, [7]), 'leaf-b': leaf(marriage, ['双方居民身份证', '护照']) });
    expect(fields(s)).toEqual([
      `nodes.leaf-a.items.${marriage}.materials.0`,
      `nodes.leaf-b.items.${marriage}.materials.1`,
    ]);
  });

  it('accepts materials named in English as well as Chinese', () => {
    expect(fields(tree({ 'leaf-a': leaf(marriage, ['Resident ID cards of both parties', 2]) }))).toEqual([]);
  });

  it('refuses a root that is missing or is a leaf', () => {
    expect(fields({ ...tree(), root: 'q9' })).toContain('root');
    expect(fields({ ...tree(), root: 'leaf-a' })).toContain('root');
  });

  it('refuses an answer id used twice in one question', () => {
    expect(
      fields(
        tree({
          q1: ask([
            ['a1', 'leaf-a'],
            ['a1', 'leaf-b'],
          ]),
        }),
      ),
    ).toEqual(['nodes.q1.answers.a1.id']);
  });

  it('lets two answers share a node (a tree may merge) without calling it a cycle', () => {
    const s = tree({
      q1: ask([
        ['a1', 'q2'],
        ['a2', 'q2'],
      ]),
      q2: ask([
        ['x', 'leaf-a'],
        ['y', 'leaf-b'],
      ]),
    });
    expect(fields(s)).toEqual([]);
  });
});
