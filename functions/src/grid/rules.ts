import { AppError, forbidden } from '../platform/errors.js';
import type { Principal } from '../platform/principal.js';
import type { EventActionInput, GridAction, GridEventRecord, GridEventStatus } from './model.js';

/**
 * The loop's rules without I/O: which action may follow which state, who takes it, and what the event looks like
 * after it. Each returns the next record (version + 1, one or two history entries); the service saves it with
 * the inbox items it closes and opens.
 */

/** The state each action needs, and the role that takes it (a department's head may act for its officers). */
export const actionRules: Record<GridAction, { from: GridEventStatus; roles: readonly string[]; needsNote: boolean }> =
  {
    register: { from: 'reported', roles: ['dispatcher'], needsNote: false },
    decline: { from: 'reported', roles: ['dispatcher'], needsNote: true },
    dispatch: { from: 'registered', roles: ['dispatcher'], needsNote: false },
    handle: { from: 'dispatched', roles: ['officer', 'head'], needsNote: true },
    verify: { from: 'handled', roles: ['inspector'], needsNote: false },
    return: { from: 'handled', roles: ['inspector'], needsNote: true },
  };

/** The record after `principal` took `input.action` at `at`; 403 / 409 / 400 when it may not be taken. */
export function applyAction(
  record: GridEventRecord,
  principal: Principal,
  input: EventActionInput,
  at: string,
  defaultDepartment: string,
): GridEventRecord {
  const rule = actionRules[input.action];
  if (!principal.roles.some((r) => rule.roles.includes(r))) {
    throw forbidden(`Only a ${rule.roles.join(' or ')} may ${input.action} an event`);
  }
  if (record.status !== rule.from) {
    throw new AppError(409, 'GRID_STEP_NOT_OPEN', `The event is ${record.status}; ${input.action} needs ${rule.from}`);
  }
  if (record.version !== input.version) {
    throw new AppError(409, 'GRID_EVENT_STALE', `The event is at version ${record.version}, not ${input.version}`);
  }
  if (rule.needsNote && !input.note) {
    throw new AppError(400, 'INVALID_INPUT', `note: say what was done or why (${input.action})`, {
      fields: [{ field: 'note', message: `required to ${input.action}` }],
    });
  }
  const by = principal.username;
  const note = input.note ? { note: input.note } : {};
  const entry = (status: GridEventStatus, extra: Record<string, string> = {}) => ({
    at,
    status,
    action: input.action,
    by,
    ...note,
    ...extra,
  });
  const next = { ...record, updatedAt: at, version: record.version + 1 };
  switch (input.action) {
    case 'register':
      return { ...next, status: 'registered', history: [...record.history, entry('registered')] };
    case 'decline':
      return {
        ...next,
        status: 'closed',
        declined: true,
        closedAt: at,
        history: [...record.history, entry('closed')],
      };
    case 'dispatch': {
      const department = input.department ?? defaultDepartment;
      return {
        ...next,
        status: 'dispatched',
        department,
        history: [...record.history, entry('dispatched', { department })],
      };
    }
    case 'handle':
      return { ...next, status: 'handled', history: [...record.history, entry('handled')] };
    case 'verify':
      // The inspector's on-site check passed: verified (核查) and closed (结案) in one step.
      return {
        ...next,
        status: 'closed',
        closedAt: at,
        history: [...record.history, entry('verified'), { at, status: 'closed', action: 'verify', by }],
      };
    case 'return':
      return { ...next, status: 'dispatched', history: [...record.history, entry('dispatched')] };
  }
}
