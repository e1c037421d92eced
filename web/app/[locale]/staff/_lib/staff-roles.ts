import { routes, type RouteId } from '../../../../../functions/src/routes';

/**
 * Which staff roles see which part of the workbench, read from the route table the API enforces: each
 * part names the API route its page needs, and the roles that route admits are the roles that see it.
 */

export function rolesOf(id: RouteId): readonly string[] {
  const route = routes.find((r) => r.id === id);
  if (!route || !('roles' in route.access)) throw new Error(`no staff route ${id}`);
  return Object.keys(route.access.roles);
}

/** The parts of the workbench in the order of its navigation, each with the route that gates it. */
export const staffSections = [
  { key: 'inbox', href: '/staff', route: 'workitems.list', exact: true },
  { key: 'counter', href: '/staff/counter', route: 'cases.fileAtCounter' },
  // Checking a certificate a citizen shows on a phone (证照核查): clerks at the counter, officers, heads, supervisors.
  { key: 'verify', href: '/staff/counter/verify', route: 'certificates.verify' },
  { key: 'supervision', href: '/staff/supervision', route: 'supervision.summary' },
  { key: 'audit', href: '/staff/audit', route: 'audit.search' },
  { key: 'outbox', href: '/staff/outbox', route: 'notifications.outbox' },
  { key: 'catalog', href: '/staff/catalog', route: 'catalog.listItems' },
  { key: 'calendar', href: '/staff/calendar', route: 'calendar.putDraft' },
  { key: 'registries', href: '/staff/registries', route: 'registries.quality' },
  { key: 'data', href: '/staff/data', route: 'data-sharing.listResources' },
  { key: 'notices', href: '/staff/notices', route: 'notices.listDepartment' },
  { key: 'officialDocuments', href: '/staff/official-documents', route: 'official-documents.list' },
  // The archive of signed documents: its catalogue searched, its integrity checked (the supervision office too).
  {
    key: 'officialDocumentsArchive',
    href: '/staff/official-documents/archive',
    route: 'official-documents.searchArchive',
  },
  // City events (网格化城市管理): the dispatchers' console, each department's and street's events.
  { key: 'grid', href: '/staff/grid', route: 'grid.list' },
  // The Open311 clients the command centre issues api_keys to (dispatchers only).
  { key: 'open311Clients', href: '/staff/grid/open311-clients', route: 'grid.open311Clients' },
] as const satisfies readonly { key: string; href: string; route: RouteId; exact?: boolean }[];

export type StaffSection = (typeof staffSections)[number]['key'];

/** The roles that see a part of the workbench. */
export const sectionRoles = (key: StaffSection): readonly string[] =>
  rolesOf(staffSections.find((s) => s.key === key)!.route);

/**
 * The hrefs of the parts nested under `href` (the counter's certificate check under the counter): the part
 * is not the current one on their pages.
 */
export const nestedSectionHrefs = (href: string): string[] =>
  staffSections.filter((s) => s.href.startsWith(`${href}/`)).map((s) => s.href);

/** Citizens and enterprises reach some of the same routes (their own city events) but never the workbench. */
const publicRoles: readonly string[] = ['citizen', 'enterprise'];

/** The parts of the workbench a user with `roles` may open. */
export const sectionsFor = (roles: readonly string[]) =>
  staffSections.filter((s) => rolesOf(s.route).some((role) => !publicRoles.includes(role) && roles.includes(role)));

/** Roles with an inbox of work items: department officers and heads, and street clerks (handovers). */
export const inboxRoles = sectionRoles('inbox');

/** Roles that file cases at a street station's counter. */
export const counterRoles = sectionRoles('counter');

/** Roles that read the supervision figures: the district's supervisors, and heads for their department. */
export const supervisionRoles = sectionRoles('supervision');

/** The staff who may check a certificate shown to them (POST /api/certificates/verify). */
export const verifierRoles = sectionRoles('verify');
