/**
 * Execution history in the shape of GetExecutionHistory: event types and detail fields as AWS
 * names them. aws-local-stepfunctions' own event log supplies state entries and exits.
 */
import type { HistoryEvent } from './journal.js';

export type EventDetails = Record<string, unknown>;

interface LibraryState {
  readonly name: string;
  readonly type: string;
  readonly input: unknown;
  readonly output?: unknown;
}

interface LibraryEvent {
  readonly type: string;
  readonly timestamp: number;
  readonly state?: LibraryState;
  readonly parentState?: LibraryState;
  readonly index?: number;
}

const json = (value: unknown) => JSON.stringify(value ?? null);
const untruncated = { truncated: false };

/** Maps one event of aws-local-stepfunctions to an AWS history event (without id), or undefined. */
export function fromLibraryEvent(event: LibraryEvent): { type: string; details: EventDetails } | undefined {
  const state = event.state;
  switch (event.type) {
    case 'StateEntered':
      if (!state) return undefined;
      return {
        type: `${state.type}StateEntered`,
        details: {
          stateEnteredEventDetails: { name: state.name, input: json(state.input), inputDetails: untruncated },
        },
      };
    case 'StateExited':
      if (!state) return undefined;
      return {
        type: `${state.type}StateExited`,
        details: {
          stateExitedEventDetails: { name: state.name, output: json(state.output), outputDetails: untruncated },
        },
      };
    case 'MapIterationStarted':
    case 'MapIterationSucceeded':
    case 'MapIterationFailed': {
      const key = `${event.type.charAt(0).toLowerCase()}${event.type.slice(1)}EventDetails`;
      return { type: event.type, details: { [key]: { name: event.parentState?.name, index: event.index } } };
    }
    default:
      return undefined;
  }
}

/** The JSON form of a history event: dates as epoch seconds, as the JSON 1.0 protocol sends them. */
export function toWire(event: HistoryEvent, includeExecutionData: boolean): Record<string, unknown> {
  const wire: Record<string, unknown> = { ...event, timestamp: event.timestamp / 1000 };
  if (!includeExecutionData) {
    for (const [key, value] of Object.entries(wire)) {
      if (!key.endsWith('EventDetails') || typeof value !== 'object' || value === null) continue;
      const details: Record<string, unknown> = { ...value };
      for (const field of ['input', 'output', 'parameters']) delete details[field];
      wire[key] = details;
    }
  }
  return wire;
}
