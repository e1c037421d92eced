import { scenarioFields, type ScenarioFields } from '../model.js';
import { publishSeedScenario } from '../service.js';
import { babyBorn } from './baby-born.js';
import { marriageRegistration } from './marriage.js';
import { openRestaurant } from './open-restaurant.js';
import { retirement } from './retirement.js';
import { unemployment } from './unemployment.js';

/** The seed scenarios (场景式服务), written against the catalog seed's codes and materials. */
export const seedScenarioList: readonly ScenarioFields[] = [
  babyBorn,
  openRestaurant,
  marriageRegistration,
  retirement,
  unemployment,
];

/**
 * Publishes each seed scenario (or `scenarios`) that is missing as version 1, validated against the
 * published catalog, so seed the catalog first. Scenarios that exist are left as they are, so a restart
 * keeps every edit. Returns how many were written.
 */
export async function seedScenarios(scenarios: readonly ScenarioFields[] = seedScenarioList): Promise<number> {
  let written = 0;
  for (const scenario of scenarios) {
    if (await publishSeedScenario(scenarioFields.parse(scenario))) written++;
  }
  return written;
}
