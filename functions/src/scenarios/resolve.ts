import type { PublishedGuide } from '../catalog/model.js';
import { invalidFields, scenarioOutdated } from './errors.js';
import type { OutcomeNode, QuestionNode, ResolveResult, ScenarioFields } from './model.js';
import { findMaterial } from './validation.js';

type Step = ResolveResult['path'][number];

/**
 * Follows the answers from the root to the first unanswered question or to a leaf. Answers to questions
 * off the path are ignored (the citizen went back and chose differently); an answer id that its question
 * does not have, or an answer to a node that is not a question, is a 400 naming `answers.<nodeId>`.
 */
export function walk(
  scenario: ScenarioFields,
  answers: Readonly<Record<string, string>>,
): { path: Step[]; at: string; node: QuestionNode | OutcomeNode } {
  const unknown = Object.keys(answers).filter((id) => scenario.nodes[id]?.kind !== 'question');
  if (unknown.length > 0) {
    throw invalidFields(
      unknown.map((id) => ({ field: `answers.${id}`, message: `${id} is not a question of this scenario` })),
    );
  }
  const path: Step[] = [];
  let at = scenario.root;
  // Validation guarantees an acyclic tree; the bound keeps a corrupt record from looping.
  for (let hops = 0; hops <= Object.keys(scenario.nodes).length; hops++) {
    const node = scenario.nodes[at]!;
    if (node.kind === 'outcome') return { path, at, node };
    const chosen = answers[at];
    if (chosen === undefined) return { path, at, node };
    const answer = node.answers.find((a) => a.id === chosen);
    if (!answer) {
      const known = node.answers.map((a) => a.id).join(', ');
      throw invalidFields([{ field: `answers.${at}`, message: `${at} has no answer ${chosen} (answers: ${known})` }]);
    }
    path.push({ question: at, text: node.text, answer: answer.id, label: answer.label });
    at = answer.next;
  }
  throw scenarioOutdated(scenario.id);
}

/** A leaf's items with the exact materials of the branch, read from the items' published guides. */
export function branchItems(
  scenarioId: string,
  leaf: OutcomeNode,
  guides: ReadonlyMap<string, PublishedGuide>,
): Extract<ResolveResult, { status: 'resolved' }>['items'] {
  return leaf.items.map((entry) => {
    const guide = guides.get(entry.code);
    if (!guide) throw scenarioOutdated(scenarioId);
    const materials = entry.materials.map(({ material, note }) => {
      const index = findMaterial(guide, material);
      if (index < 0) throw scenarioOutdated(scenarioId);
      return { ...guide.materials[index]!, ...(note ? { branchNote: note } : {}) };
    });
    return { code: entry.code, name: guide.name, ...(entry.note ? { note: entry.note } : {}), materials };
  });
}
