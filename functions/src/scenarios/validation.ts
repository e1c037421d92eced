import type { Material } from '../catalog/model.js';
import type { MaterialRef, ScenarioFields } from './model.js';

/** One thing wrong with a scenario, at the path the editor shows it (`nodes.q3.answers.a2.next`). */
export interface ScenarioIssue {
  readonly field: string;
  readonly message: string;
}

/** What validation needs of a published catalog item. */
export interface PublishedItem {
  readonly code: string;
  readonly name: { zh: string; en: string };
  readonly materials: readonly Material[];
}

/** The index of the item material a reference names (index, or exact zh / en name), or -1. */
export function findMaterial(item: PublishedItem, ref: MaterialRef): number {
  if (typeof ref === 'number') return ref < item.materials.length ? ref : -1;
  const name = ref.trim();
  return item.materials.findIndex((m) => m.name.zh === name || m.name.en === name);
}

/** Every item code any branch of the scenario names. */
export function itemCodesOf(scenario: ScenarioFields): string[] {
  const codes = new Set<string>();
  for (const node of Object.values(scenario.nodes)) {
    if (node.kind === 'outcome') for (const item of node.items) codes.add(item.code);
  }
  return [...codes].sort();
}

function checkStructure(scenario: ScenarioFields, issues: ScenarioIssue[]): void {
  const { nodes, root } = scenario;
  const rootNode = nodes[root];
  if (!rootNode) issues.push({ field: 'root', message: `there is no node ${root}` });
  else if (rootNode.kind !== 'question') issues.push({ field: 'root', message: 'the root must be a question' });

  for (const [id, node] of Object.entries(nodes)) {
    if (node.kind !== 'question') continue;
    const seen = new Set<string>();
    for (const answer of node.answers) {
      const at = `nodes.${id}.answers.${answer.id}`;
      if (seen.has(answer.id)) issues.push({ field: `${at}.id`, message: 'this answer id is used twice here' });
      seen.add(answer.id);
      if (!nodes[answer.next]) {
        issues.push({ field: `${at}.next`, message: `dead end: there is no node ${answer.next}` });
      }
    }
  }
}

/** Depth-first from the root: an answer that leads back to a node on the current path closes a cycle. */
function checkCyclesAndReach(scenario: ScenarioFields, issues: ScenarioIssue[]): void {
  const { nodes, root } = scenario;
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    path.push(id);
    const node = nodes[id]!;
    if (node.kind === 'question') {
      for (const answer of node.answers) {
        if (!nodes[answer.next]) continue;
        const next = state.get(answer.next);
        if (next === 'open') {
          const loop = [...path.slice(path.indexOf(answer.next)), answer.next].join(' → ');
          issues.push({ field: `nodes.${id}.answers.${answer.id}.next`, message: `cycle: ${loop}` });
        } else if (next === undefined) visit(answer.next);
      }
    }
    path.pop();
    state.set(id, 'done');
  };
  if (nodes[root]) visit(root);
  for (const id of Object.keys(nodes)) {
    if (!state.has(id)) issues.push({ field: `nodes.${id}`, message: 'not reachable from the root' });
  }
}

function checkBranches(
  scenario: ScenarioFields,
  published: ReadonlyMap<string, PublishedItem>,
  issues: ScenarioIssue[],
): void {
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (node.kind !== 'outcome') continue;
    const seen = new Set<string>();
    for (const entry of node.items) {
      const at = `nodes.${id}.items.${entry.code}`;
      if (seen.has(entry.code)) issues.push({ field: at, message: 'this item is listed twice in the branch' });
      seen.add(entry.code);
      const item = published.get(entry.code);
      if (!item) {
        issues.push({ field: `${at}.code`, message: `there is no published service item ${entry.code}` });
        continue;
      }
      const used = new Set<number>();
      entry.materials.forEach(({ material }, i) => {
        const index = findMaterial(item, material);
        if (index < 0) {
          issues.push({
            field: `${at}.materials.${i}`,
            message: `item ${entry.code} has no material ${typeof material === 'number' ? `#${material}` : `“${material}”`}`,
          });
        } else if (used.has(index)) {
          issues.push({ field: `${at}.materials.${i}`, message: 'this material is listed twice' });
        }
        used.add(index);
      });
    }
  }
}

/**
 * Everything wrong with a scenario's decision tree: dead ends, cycles, unreachable nodes, and branches
 * naming items that are not published or materials those items do not have. Empty when it may be published.
 */
export function validateScenario(
  scenario: ScenarioFields,
  published: ReadonlyMap<string, PublishedItem>,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  checkStructure(scenario, issues);
  checkCyclesAndReach(scenario, issues);
  checkBranches(scenario, published, issues);
  return issues;
}
