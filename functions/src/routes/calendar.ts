import type { RouteDefinition } from '../platform/route-table.js';

/** The calendar routes (see ../routes.ts). */
export const calendarRoutes = [
  {
    id: 'calendar.get',
    method: 'GET',
    path: '/api/calendar/{year}',
    group: 'calendar',
    access: { public: true },
    summary: "A year's published holiday calendar (holidays, make-up working days 调休, the notice); 404 when none",
  },
  {
    id: 'calendar.versions',
    method: 'GET',
    path: '/api/calendar/{year}/versions',
    group: 'calendar',
    access: { roles: { admin: 'district' } },
    summary: "A year's calendar status, draft, published version and every version (who, when, why)",
  },
  {
    id: 'calendar.putDraft',
    method: 'PUT',
    path: '/api/calendar/{year}/draft',
    group: 'calendar',
    access: { roles: { admin: 'district' } },
    summary: "Save a year's calendar as a draft, a new version (optimistic locking by revision)",
  },
  {
    id: 'calendar.publish',
    method: 'POST',
    path: '/api/calendar/{year}/publish',
    group: 'calendar',
    access: { roles: { admin: 'district' } },
    summary: "Publish a year's draft calendar: deadlines count with it from then on",
  },
] as const satisfies readonly RouteDefinition[];
