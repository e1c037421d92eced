import { config, type Config } from '../../platform/config.js';
import { createEventBridgeBus } from './eventbridge.js';
import type { ChangeEventBus } from './port.js';

let installed: ChangeEventBus | undefined;

/** The adapters of the change event port, by the CHANGE_EVENTS value that selects them. */
const adapters: Record<NonNullable<Config['CHANGE_EVENTS']>, (c: Config) => ChangeEventBus> = {
  eventbridge: (c) =>
    createEventBridgeBus({
      region: c.AWS_REGION,
      busName: c.CHANGE_EVENT_BUS as string,
      forwarderArn: c.WEBHOOK_FORWARDER_ARN as string,
    }),
  // The embedded local cloud's stand-in, installed when it starts (infra/local/event-bus.ts).
  local: () => {
    if (!installed) throw new Error('CHANGE_EVENTS=local but no local event bus was installed');
    return installed;
  },
};

let chosen: ChangeEventBus | undefined;

/** The change event bus the configuration names, chosen once. */
export function changeEventBus(): ChangeEventBus {
  const which = config().CHANGE_EVENTS;
  if (!which) throw new Error('CHANGE_EVENTS is not set for this function');
  chosen ??= adapters[which](config());
  return chosen;
}

/** The local cloud installs its stand-in here (CHANGE_EVENTS=local); tests may install a recording one. */
export function installLocalChangeEventBus(bus: ChangeEventBus | undefined): void {
  installed = bus;
  chosen = undefined;
}
