import { z } from 'zod';
import { bilingual, itemCode, material } from '../catalog/model.js';
import { lifeEventCodes } from '../catalog/taxonomy.js';

/** A scenario's id: a readable slug such as `baby-born`. */
export const scenarioIdPattern = /^[a-z][a-z0-9-]{1,60}$/;
export const scenarioId = z.string().regex(scenarioIdPattern, 'a scenario id such as baby-born');

/** Node and answer ids appear in error paths (`nodes.q3.answers.a2.next`), so they carry no dots. */
const slug = (what: string) =>
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, `a ${what} id of lower-case letters, digits and hyphens`);
export const nodeId = slug('node');
export const answerId = slug('answer');

export const answer = z.object({ id: answerId, label: bilingual(120), next: nodeId });

/** A question the citizen answers; each answer leads to the next node. */
export const questionNode = z.object({
  kind: z.literal('question'),
  text: bilingual(200),
  help: bilingual(500).optional(),
  answers: z.array(answer).min(2, 'a question has at least two answers').max(12),
});

/** A material of a catalog item: its index in the item's materials or its exact name (zh or en). */
export const materialRef = z.union([z.number().int().min(0).max(39), z.string().trim().min(1).max(100)]);
export type MaterialRef = z.infer<typeof materialRef>;

/** One service item a branch resolves to, and which of its materials apply on this branch. */
export const branchItem = z.object({
  code: itemCode,
  materials: z.array(z.object({ material: materialRef, note: bilingual(300).optional() })).max(40),
  note: bilingual(500).optional(),
});

/** A leaf: the branch the answers led to, its service items and the exact materials list. */
export const outcomeNode = z.object({
  kind: z.literal('outcome'),
  branch: bilingual(120),
  items: z.array(branchItem).min(1, 'a branch resolves to at least one service item').max(10),
  /** Documents this branch needs beyond the items' own (e.g. a foreign spouse's passport). */
  additionalMaterials: z.array(material).max(10).optional(),
  notes: z.array(bilingual(500)).max(10).optional(),
});

export const scenarioNode = z.discriminatedUnion('kind', [questionNode, outcomeNode]);
export type ScenarioNode = z.infer<typeof scenarioNode>;
export type QuestionNode = z.infer<typeof questionNode>;
export type OutcomeNode = z.infer<typeof outcomeNode>;

export const maxNodes = 200;

/** The editable content of a scenario: a decision tree from `root` over `nodes` (keyed by node id). */
export const scenarioFields = z.object({
  id: scenarioId,
  title: bilingual(80),
  intro: bilingual(500),
  lifeEvents: z.array(z.enum(lifeEventCodes)).max(5),
  root: nodeId,
  nodes: z
    .record(nodeId, scenarioNode)
    .refine((nodes) => Object.keys(nodes).length <= maxNodes, `at most ${maxNodes} nodes`),
});
export type ScenarioFields = z.infer<typeof scenarioFields>;

/** The body of `PUT /api/catalog/scenarios/{id}`: the scenario and the version the editor read (0: new). */
export const scenarioInput = scenarioFields.extend({ version: z.number().int().min(0) });
export type ScenarioInput = z.infer<typeof scenarioInput>;

export const scenarioStatuses = ['published'] as const;

/** A published scenario, as `GET /api/scenarios/{id}` shows it. */
export const publishedScenario = scenarioFields.extend({
  /** Goes up by one with every publication; send it back with the next PUT (optimistic locking). */
  version: z.number().int().min(1),
  status: z.enum(scenarioStatuses),
  publishedAt: z.string(),
});
export type PublishedScenario = z.infer<typeof publishedScenario>;

export const scenarioSummary = z.object({
  id: scenarioId,
  title: bilingual(80),
  intro: bilingual(500),
  lifeEvents: scenarioFields.shape.lifeEvents,
  questions: z.number().int(),
  branches: z.number().int(),
  version: z.number().int(),
  publishedAt: z.string(),
});
export type ScenarioSummary = z.infer<typeof scenarioSummary>;

export const scenarioList = z.object({ items: z.array(scenarioSummary) });

/** The body of `POST /api/scenarios/{id}/resolve`: the answer chosen at each question so far. */
export const resolveInput = z.object({
  answers: z
    .record(nodeId, answerId)
    .refine((a) => Object.keys(a).length <= maxNodes, `at most ${maxNodes} answers`)
    .default({}),
});
export type ResolveInput = z.infer<typeof resolveInput>;

const step = z.object({ question: nodeId, text: bilingual(200), answer: answerId, label: bilingual(120) });

const resolvedMaterial = material.extend({ branchNote: bilingual(300).optional() });

export const resolveResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('question'),
    /** The answers that led here, in order. */
    path: z.array(step),
    node: z.object({
      id: nodeId,
      text: bilingual(200),
      help: bilingual(500).optional(),
      answers: z.array(answer.pick({ id: true, label: true })),
    }),
  }),
  z.object({
    status: z.literal('resolved'),
    path: z.array(step),
    node: nodeId,
    branch: bilingual(120),
    items: z.array(
      z.object({
        code: itemCode,
        name: bilingual(80),
        note: bilingual(500).optional(),
        materials: z.array(resolvedMaterial),
      }),
    ),
    additionalMaterials: z.array(material),
    notes: z.array(bilingual(500)),
  }),
]);
export type ResolveResult = z.infer<typeof resolveResult>;

export const scenarioParams = z.object({ id: scenarioId });

/** Leaves of a scenario (its branches). */
export const outcomesOf = (s: ScenarioFields) =>
  Object.entries(s.nodes).filter((e): e is [string, OutcomeNode] => e[1].kind === 'outcome');
