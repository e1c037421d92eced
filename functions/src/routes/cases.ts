import type { RouteDefinition } from '../platform/route-table.js';
import { caseReaders } from './audiences.js';

/** The cases routes (see ../routes.ts). */
export const casesRoutes = [
  {
    id: 'cases.create',
    method: 'POST',
    path: '/api/cases',
    group: 'cases',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    personalData: true,
    summary: 'Apply for a published item: form answers, materials, pickup; idempotent by submissionToken',
  },
  {
    id: 'cases.fileAtCounter',
    method: 'POST',
    path: '/api/counter/cases',
    group: 'cases',
    access: { roles: { clerk: 'street' } },
    personalData: true,
    summary: 'File a case at a street station for a citizen who came in person (accepted on the spot)',
  },
  {
    id: 'cases.reliefEligibility',
    method: 'POST',
    path: '/api/relief/eligibility',
    group: 'cases',
    // Citizens for their own household; street clerks for the resident at the station's one window.
    access: { roles: { citizen: 'self', clerk: 'street' } },
    personalData: true,
    summary:
      'One-window relief (综合救助): which of the 26 programs the household may qualify for, each condition explained',
  },
  {
    id: 'cases.applyForRelief',
    method: 'POST',
    path: '/api/relief/applications',
    group: 'cases',
    access: { roles: { citizen: 'self' } },
    personalData: true,
    summary:
      'Apply once for the chosen relief programs: the household, the form, shared materials; one case, one review per program by its department',
  },
  {
    id: 'cases.fileReliefAtCounter',
    method: 'POST',
    path: '/api/counter/relief',
    group: 'cases',
    access: { roles: { clerk: 'street' } },
    personalData: true,
    summary:
      'Take a relief application (综合救助) at a street station for a resident who came in person: the household, the chosen programs, the form; accepted on the spot, one review per program',
  },
  {
    id: 'cases.listMine',
    method: 'GET',
    path: '/api/cases',
    group: 'cases',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    summary: 'My cases, newest first',
  },
  {
    id: 'cases.lookup',
    method: 'POST',
    path: '/api/cases/lookup',
    group: 'cases',
    access: { public: true },
    summary: 'Status of a case by its number and the last 6 characters of the ID number',
  },
  {
    id: 'cases.get',
    method: 'GET',
    path: '/api/cases/{id}',
    group: 'cases',
    access: caseReaders,
    personalData: true,
    summary: 'A case with its form answers, materials, timeline and deadline',
  },
  {
    id: 'cases.correct',
    method: 'POST',
    path: '/api/cases/{id}/correction',
    group: 'cases',
    access: { roles: { citizen: 'owner', enterprise: 'owner' } },
    personalData: true,
    summary: 'Send the correction (补正) a case waits for: corrected answers and materials',
  },
  {
    id: 'cases.rate',
    method: 'POST',
    path: '/api/cases/{id}/rating',
    group: 'cases',
    access: { roles: { citizen: 'owner', enterprise: 'owner' } },
    summary: 'Rate a finished case (1–5 and a comment), once',
  },
  {
    id: 'cases.receipt',
    method: 'GET',
    path: '/api/cases/{id}/receipt.pdf',
    group: 'cases',
    access: caseReaders,
    personalData: true,
    summary:
      'The submission receipt (申请回执), or once accepted the notice of acceptance (受理通知书), as PDF with a QR code to the status page',
  },
  {
    id: 'cases.result',
    method: 'GET',
    path: '/api/cases/{id}/result.pdf',
    group: 'cases',
    access: caseReaders,
    personalData: true,
    summary: 'The result notice (办理结果通知书) as PDF, once the case is decided',
  },
] as const satisfies readonly RouteDefinition[];
