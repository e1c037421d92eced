import * as catalog from '../catalog/service.js';
import type { PublishedGuide } from '../catalog/model.js';
import { AppError } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import type { Principal } from '../platform/principal.js';
import { invalidFields, scenarioNotFound, scenarioStale } from './errors.js';
import {
  outcomesOf,
  type PublishedScenario,
  type ResolveInput,
  type ResolveResult,
  type ScenarioFields,
  type ScenarioInput,
  type ScenarioSummary,
} from './model.js';
import { branchItems, walk } from './resolve.js';
import * as store from './store.js';
import { itemCodesOf, validateScenario, type ScenarioIssue } from './validation.js';

/** The published guides of `codes`, read through the catalog's service; codes without one are left out. */
export async function publishedItems(codes: readonly string[]): Promise<Map<string, PublishedGuide>> {
  const guides = await Promise.all(
    codes.map((code) =>
      catalog.getService(code).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return undefined;
        throw error;
      }),
    ),
  );
  return new Map(guides.filter((g) => g !== undefined).map((g) => [g.code, g]));
}

/** Everything wrong with a scenario, checked against the catalog as published now. */
export async function checkScenario(scenario: ScenarioFields): Promise<ScenarioIssue[]> {
  return validateScenario(scenario, await publishedItems(itemCodesOf(scenario)));
}

function summarise(scenario: PublishedScenario): ScenarioSummary {
  const nodes = Object.values(scenario.nodes);
  return {
    id: scenario.id,
    title: scenario.title,
    intro: scenario.intro,
    lifeEvents: scenario.lifeEvents,
    questions: nodes.filter((n) => n.kind === 'question').length,
    branches: outcomesOf(scenario).length,
    version: scenario.version,
    publishedAt: scenario.publishedAt,
  };
}

/** Every published scenario, by id. */
export async function listScenarios(): Promise<{ items: ScenarioSummary[] }> {
  const items = await store.listSummaries();
  return { items: items.sort((a, b) => a.id.localeCompare(b.id)) };
}

/** A published scenario with all its nodes; 404 when there is none. */
export async function getScenario(id: string): Promise<PublishedScenario> {
  const record = await store.getCurrent(id);
  if (!record) throw scenarioNotFound(id);
  return record.scenario;
}

/** The next question along the answers' path, or the branch they lead to with its items and materials. */
export async function resolveScenario(id: string, input: ResolveInput): Promise<ResolveResult> {
  const scenario = await getScenario(id);
  const { path, at, node } = walk(scenario, input.answers);
  if (node.kind === 'question') {
    return {
      status: 'question',
      path,
      node: { id: at, text: node.text, help: node.help, answers: node.answers.map(({ id, label }) => ({ id, label })) },
    };
  }
  const guides = await publishedItems(node.items.map((i) => i.code));
  return {
    status: 'resolved',
    path,
    node: at,
    branch: node.branch,
    items: branchItems(id, node, guides),
    additionalMaterials: node.additionalMaterials ?? [],
    notes: node.notes ?? [],
  };
}

async function write(fields: ScenarioFields, expected: number, actor: string): Promise<PublishedScenario | undefined> {
  const scenario: PublishedScenario = { ...fields, version: expected + 1, status: 'published', publishedAt: nowIso() };
  const written = await store.publish({ scenario, summary: summarise(scenario), publishedBy: actor }, expected);
  return written ? scenario : undefined;
}

/**
 * Validates and publishes a scenario as its next version. `input.version` is the version the editor read
 * (0 for a new scenario). 400 INVALID_INPUT naming each wrong node, answer or leaf; 409 SCENARIO_STALE
 * when the scenario has moved on since.
 */
export async function putScenario(principal: Principal, input: ScenarioInput): Promise<PublishedScenario> {
  const { version: expected, ...fields } = input;
  const issues = await checkScenario(fields);
  if (issues.length > 0) throw invalidFields(issues);
  const published = await write(fields, expected, principal.username);
  if (!published) throw scenarioStale();
  return published;
}

/** Publishes a seed scenario as version 1 unless it exists already; true when it was written. */
export async function publishSeedScenario(fields: ScenarioFields): Promise<boolean> {
  if (await store.getCurrent(fields.id, true)) return false;
  const issues = await checkScenario(fields);
  if (issues.length > 0) {
    throw new Error(
      `Seed scenario ${fields.id} is invalid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`,
    );
  }
  return (await write(fields, 0, 'seed')) !== undefined;
}
