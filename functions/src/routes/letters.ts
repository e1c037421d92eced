import type { RouteDefinition } from '../platform/route-table.js';

/** The letters routes (see ../routes.ts). */
export const lettersRoutes = [
  {
    id: 'letters.write',
    method: 'POST',
    path: '/api/letters',
    group: 'letters',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    summary:
      'Write a consultation, suggestion, complaint or report: routed by topic to a department, numbered, receipted',
  },
  {
    id: 'letters.writeAnonymous',
    method: 'POST',
    path: '/api/letters/anonymous',
    group: 'letters',
    // Public routes carry no token on AWS (no authorizer): a signed-in writer uses letters.write.
    access: { public: true },
    summary:
      'Write a letter without an account: the receipt shows a query code and password once (only a hash is kept)',
  },
  {
    id: 'letters.uploadAnonymous',
    method: 'POST',
    path: '/api/letters/attachments',
    group: 'letters',
    // Public like writeAnonymous: a signed-in writer uploads with documents.createUpload.
    access: { public: true },
    summary:
      "Register a file (PDF/JPEG/PNG) for the anonymous letter being written, under its submission token: a presigned upload URL; checked like a case's materials when the letter is sent",
  },
  {
    id: 'letters.listMine',
    method: 'GET',
    path: '/api/letters',
    group: 'letters',
    access: { roles: { citizen: 'self', enterprise: 'self' } },
    summary: 'My letters, newest first',
  },
  {
    id: 'letters.listPublic',
    method: 'GET',
    path: '/api/letters/public',
    group: 'letters',
    access: { public: true },
    summary: 'Published consultations and their answers, personal data removed (topic, item, limit, cursor)',
  },
  {
    id: 'letters.getPublic',
    method: 'GET',
    path: '/api/public-letters/{letterNumber}',
    group: 'letters',
    access: { public: true },
    summary: 'One published consultation and its answer by its letter number, personal data removed (404 otherwise)',
  },
  {
    id: 'letters.follow',
    method: 'POST',
    path: '/api/letters/follow',
    group: 'letters',
    access: { public: true },
    summary: 'An anonymous letter with its answers, by its query code and password',
  },
  {
    id: 'letters.followRate',
    method: 'POST',
    path: '/api/letters/follow/rating',
    group: 'letters',
    access: { public: true },
    summary: "Rate an anonymous letter's latest answer (query code and password, 1–5 and a comment)",
  },
  {
    id: 'letters.followReopen',
    method: 'POST',
    path: '/api/letters/follow/reopening',
    group: 'letters',
    access: { public: true },
    summary: 'Reopen an anonymous letter within 15 days of its answer, with a reason (query code and password)',
  },
  {
    id: 'letters.get',
    method: 'GET',
    path: '/api/letters/{id}',
    group: 'letters',
    access: {
      roles: {
        citizen: 'owner',
        enterprise: 'owner',
        officer: 'department',
        head: 'department',
        dispatcher: 'district',
        supervisor: 'district',
      },
    },
    personalData: true,
    summary:
      'A letter with its answers, ratings and history (the writer masked; staff may ask ?reveal=true, audited as personal.unmask)',
  },
  {
    id: 'letters.approve',
    method: 'POST',
    path: '/api/letters/{id}/approval',
    group: 'letters',
    access: { roles: { head: 'department' } },
    summary: "Approve an officer's draft answer (it goes out to the writer) or return it to the officers with a reason",
  },
  {
    id: 'letters.reroute',
    method: 'POST',
    path: '/api/letters/{id}/routing',
    group: 'letters',
    access: { roles: { dispatcher: 'district', head: 'department' } },
    summary:
      'Send a letter waiting for an answer to another department, with a reason: its inbox item moves, its history keeps the move',
  },
  {
    id: 'letters.answer',
    method: 'POST',
    path: '/api/letters/{id}/answer',
    group: 'letters',
    access: { roles: { officer: 'department', head: 'department' } },
    summary:
      "Answer a letter in my department's inbox (a reopened letter: the head), or send an officer's draft to the head for approval (forApproval); closes its work item",
  },
  {
    id: 'letters.rate',
    method: 'POST',
    path: '/api/letters/{id}/rating',
    group: 'letters',
    access: { roles: { citizen: 'owner', enterprise: 'owner' } },
    summary: "Rate my letter's latest answer (1–5 and a comment), once per answer",
  },
  {
    id: 'letters.reopen',
    method: 'POST',
    path: '/api/letters/{id}/reopening',
    group: 'letters',
    access: { roles: { citizen: 'owner', enterprise: 'owner' } },
    summary: 'Reopen my letter within 15 days of its answer, with a reason: back to the department with its history',
  },
] as const satisfies readonly RouteDefinition[];
