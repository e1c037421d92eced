import type { Material } from '../../catalog/model.js';
import { material, t, type Pair } from '../../catalog/seed/define.js';
import type { MaterialRef, OutcomeNode, QuestionNode, ScenarioFields, ScenarioNode } from '../model.js';

/**
 * A compact way to write seed scenarios: questions as [answerId, label, next] tuples and branches as the
 * items they resolve to with the materials that apply, named by their zh name in the catalog seed.
 */
export { material, t, type Pair };

/** The catalog seed's codes the scenarios resolve to, named for reading. */
export const items = {
  marriage: '440104-MZ-0001',
  elderAllowance: '440104-MZ-0007',
  unemploymentRegistration: '440104-RS-0001',
  unemploymentBenefit: '440104-RS-0002',
  flexibleInsurance: '440104-RS-0003',
  employmentRegistration: '440104-RS-0004',
  retirement: '440104-RS-0005',
  employmentDifficulty: '440104-RS-0006',
  individualBusiness: '440104-SJ-0001',
  company: '440104-SJ-0002',
  foodLicence: '440104-SJ-0003',
  birthCertificate: '440104-WJ-0001',
  familyPlanningRegistration: '440104-WJ-0004',
  vaccinationCertificate: '440104-WJ-0006',
  newbornHukou: '440104-GA-0001',
  joinSpouseHukou: '440104-GA-0007',
  residentsMedicalInsurance: '440104-YB-0001',
  medicalCareElsewhere: '440104-YB-0002',
  maternityAllowance: '440104-YB-0004',
  invoices: '440104-SW-0002',
  newTaxpayer: '440104-SW-0003',
  homeCare: '440104-JD-0001',
  seniorCanteen: '440104-JD-0002',
  residentsPension: '440104-JD-0004',
  shopSign: '440104-CG-0001',
  performance: '440104-WG-0001',
} as const;

type Answer = readonly [id: string, label: Pair, next: string];

/** A question node. */
export function question(text: Pair, answers: readonly Answer[], help?: Pair): QuestionNode {
  return {
    kind: 'question',
    text: t(text),
    ...(help ? { help: t(help) } : {}),
    answers: answers.map(([id, label, next]) => ({ id, label: t(label), next })),
  };
}

/** An item of a branch: its code, the materials that apply (a name, or [name, branch note]) and a note. */
export function use(code: string, materials: readonly (MaterialRef | readonly [MaterialRef, Pair])[], note?: Pair) {
  return {
    code,
    materials: materials.map((m) =>
      Array.isArray(m) ? { material: m[0] as MaterialRef, note: t(m[1] as Pair) } : { material: m as MaterialRef },
    ),
    ...(note ? { note: t(note) } : {}),
  };
}

/** A leaf: the branch, its items, and optionally notes and documents beyond the items' own. */
export function outcome(
  branch: Pair,
  branchItems: OutcomeNode['items'],
  options: { notes?: readonly Pair[]; additional?: readonly Material[] } = {},
): OutcomeNode {
  return {
    kind: 'outcome',
    branch: t(branch),
    items: branchItems,
    ...(options.additional?.length ? { additionalMaterials: [...options.additional] } : {}),
    ...(options.notes?.length ? { notes: options.notes.map(t) } : {}),
  };
}

/** A scenario from its header and nodes; the first node is the root. */
export function scenario(
  header: { id: string; title: Pair; intro: Pair; lifeEvents: ScenarioFields['lifeEvents'] },
  nodes: Record<string, ScenarioNode>,
): ScenarioFields {
  const root = Object.keys(nodes)[0]!;
  return { id: header.id, title: t(header.title), intro: t(header.intro), lifeEvents: header.lifeEvents, root, nodes };
}
