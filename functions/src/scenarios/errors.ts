import { AppError, conflict, notFound } from '../platform/errors.js';

/**
 * The scenarios' error codes: 404 NOT_FOUND, 409 SCENARIO_STALE, 409 SCENARIO_OUTDATED, 400 INVALID_INPUT
 * (details.fields names each node, answer or leaf that is wrong).
 */
export const scenarioNotFound = (id: string) => notFound(`Scenario ${id}`);
export const scenarioStale = () =>
  conflict('SCENARIO_STALE', 'The scenario was changed elsewhere; reload it and apply your changes again');
/** A published scenario names an item or material the catalog no longer publishes. */
export const scenarioOutdated = (id: string) =>
  conflict('SCENARIO_OUTDATED', `Scenario ${id} refers to service items that changed; staff must update it`);

/** A 400 naming each offending field, in the same shape as parseInput's. */
export const invalidFields = (fields: readonly { field: string; message: string }[]) =>
  new AppError(400, 'INVALID_INPUT', `Invalid input — ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, {
    fields,
  });
