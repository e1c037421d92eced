import { roles } from '../platform/roles.js';

/** Who reads a case and its papers: its owner, the clerks of its street, its department, supervisors. */
export const caseReaders = {
  roles: {
    citizen: 'owner',
    enterprise: 'owner',
    clerk: 'street',
    officer: 'department',
    head: 'department',
    supervisor: 'district',
  },
} as const;

/** Every role, for routes about the caller's own account. */
export const everyone = Object.fromEntries(roles.map((r) => [r, 'self'])) as Record<(typeof roles)[number], 'self'>;
