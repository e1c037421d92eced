/** Which staff roles see which part of the workbench (the API enforces the same per route). */

/** Roles with an inbox of work items: department officers and heads, and street clerks (handovers). */
export const inboxRoles = ['clerk', 'officer', 'head'] as const;

/** Roles that file cases at a street station's counter. */
export const counterRoles = ['clerk'] as const;

/** Roles that read the supervision figures: the district's supervisors, and heads for their department. */
export const supervisionRoles = ['supervisor', 'head'] as const;
