import type { RouteDefinition } from '../platform/route-table.js';

/** The forms routes (see ../routes.ts). */
export const formsRoutes = [
  {
    id: 'forms.getDraft',
    method: 'GET',
    path: '/api/forms/{code}/draft',
    group: 'forms',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary:
      "My saved draft of an item's application form, or the answers my profile fills in; ?prefill=registry (my consent) adds my own person-registry record's fields, audited",
  },
  {
    id: 'forms.putDraft',
    method: 'PUT',
    path: '/api/forms/{code}/draft',
    group: 'forms',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'Save my draft of a form (checked against its schema; optimistic locking by version)',
  },
  {
    id: 'forms.deleteDraft',
    method: 'DELETE',
    path: '/api/forms/{code}/draft',
    group: 'forms',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'Discard my draft of a form',
  },
] as const satisfies readonly RouteDefinition[];
