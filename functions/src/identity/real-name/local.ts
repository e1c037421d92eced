import { openPerson, personKey } from '../../registries/records.js';
import { getHead } from '../../registries/store.js';
import type { RealNameVerifier } from './port.js';

/**
 * The local adapter: checks name + ID number against the base person registry (registries/), the
 * district's own population data — the local cloud seeds it with the demo population
 * (infra/local/identity/demo-population.json) and a synthetic sample, and a data steward imports more.
 */
export function createRegistryVerifier(): RealNameVerifier {
  return {
    source: 'local',
    async verify({ name, idNumber }) {
      const head = await getHead(await personKey(idNumber));
      if (!head) return 'unknown';
      const person = await openPerson(head);
      return person.name === name.trim() ? 'verified' : 'mismatch';
    },
  };
}
