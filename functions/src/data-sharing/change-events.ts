import { createHash } from 'node:crypto';
import type { RegistryKind } from '../registries/model.js';
import type { RecordChange } from '../registries/changes.js';
import { changeEventBus } from './events/bus.js';
import type { ChangeEvent } from './events/port.js';
import { seedResources } from './seed.js';

/** The catalog resources a registry's records are served as (extraction.ts reads them from that registry). */
const resourcesOf = (kind: RegistryKind) =>
  seedResources.filter((r) => 'registry' in r && r.registry === kind).map((r) => r.identifier);

/** The same id for every publication of one version of one record as one resource: consumers de-duplicate by it. */
const eventId = (resource: string, change: RecordChange) =>
  `evt-${createHash('sha256').update(`${resource}|${change.pk}|${change.version}`).digest('hex').slice(0, 32)}`;

export function changeEventsOf(kind: RegistryKind, changes: readonly RecordChange[]): ChangeEvent[] {
  return resourcesOf(kind).flatMap((resource) =>
    changes.map((change) => ({
      id: eventId(resource, change),
      type: 'data.resource.changed' as const,
      resource,
      recordKey: change.pk,
      version: change.version,
      changedAt: change.at,
      fields: change.fields,
    })),
  );
}

/** Publishes the change events of records a registry import wrote (issue 15, item 5). */
export async function publishRegistryChanges(kind: RegistryKind, changes: readonly RecordChange[]): Promise<void> {
  const events = changeEventsOf(kind, changes);
  if (events.length > 0) await changeEventBus().publish(events);
}
