import { z } from 'zod';
// Request bodies are validated with the API's own schemas, so the form and the API cannot disagree.
import { caseStatuses, submitCaseInput } from '../../functions/src/cases/model';
import { acceptedContentTypes, uploadRequest } from '../../functions/src/documents/model';
import { auditOutcomes, auditSearchQuery } from '../../functions/src/audit/model';
import { profileInput } from '../../functions/src/identity/model';
import { residentIdMessages, type ResidentIdProblem } from '../../functions/src/platform/personal-data/resident-id';
import { decisionInput } from '../../functions/src/workitems/model';

// Shapes of the HTTP API (functions/src/routes.ts). Responses are parsed, not trusted: a changed API fails
// loudly here instead of rendering `undefined`.

export { acceptedContentTypes, caseStatuses };
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** The portal's own limit on a file (the API only requires a positive size). */
export const maxUploadBytes = 10 * 1024 * 1024;

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

const dependencySchema = z.object({ status: z.string(), latencyMs: z.number().optional() });
export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  dependencies: z.record(z.string(), dependencySchema),
});
export type Health = z.infer<typeof healthSchema>;

export const meSchema = z.object({
  sub: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  department: z.string().optional(),
  street: z.string().optional(),
});
export type Me = z.infer<typeof meSchema>;

export const uploadRequestSchema = uploadRequest.extend({ size: uploadRequest.shape.size.max(maxUploadBytes) });
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

export const uploadTicketSchema = z.object({
  documentId: z.string(),
  uploadUrl: z.url(),
  headers: z.record(z.string(), z.string()).default({}),
});
export type UploadTicket = z.infer<typeof uploadTicketSchema>;

export const documentSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  status: z.string(),
  downloadUrl: z.string().optional(),
});

export const newCaseSchema = submitCaseInput;
export type NewCase = z.input<typeof newCaseSchema>;

export const createdCaseSchema = z.object({ caseId: z.string(), caseNumber: z.string(), status: caseStatusSchema });

export const caseSummarySchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  status: caseStatusSchema,
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  status: caseStatusSchema,
  note: z.string().optional().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

// The API may list documents as ids or as objects; both become objects here.
const caseDocumentSchema = z.union([
  z.string().transform((documentId) => ({ documentId, fileName: undefined, status: undefined })),
  z.object({ documentId: z.string(), fileName: z.string().optional(), status: z.string().optional() }),
]);

export const caseDetailSchema = caseSummarySchema
  .extend({
    details: z.string().default(''),
    documents: z.array(caseDocumentSchema).optional(),
    documentIds: z.array(z.string()).optional(),
    timeline: z.array(timelineEntrySchema).default([]),
  })
  .transform(({ documentIds, documents, ...rest }) => ({
    ...rest,
    documents:
      documents ?? (documentIds ?? []).map((documentId) => ({ documentId, fileName: undefined, status: undefined })),
  }));
export type CaseDetail = z.infer<typeof caseDetailSchema>;

export const workItemSchema = z.object({
  workItemId: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  step: z.string(),
  role: z.string(),
  department: z.string().optional().nullable(),
  createdAt: z.string(),
  status: z.string(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

export const decisionSchema = decisionInput;
export type Decision = z.infer<typeof decisionSchema>;

export const decisionResultSchema = z.object({ workItemId: z.string(), status: z.string() });

export const outboxMessageSchema = z.object({
  id: z.string(),
  channel: z.enum(['email', 'sms']),
  to: z.string(),
  subject: z.string().optional().nullable(),
  body: z.string(),
  sentAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The profile as the API shows it: phone and ID number masked unless revealed. */
export const profileSchema = z.object({
  name: z.string(),
  phone: z.string().optional(),
  idNumber: z.string().optional(),
  email: z.string().optional(),
  version: z.number().int(),
});
export type Profile = z.infer<typeof profileSchema>;

export { residentIdMessages, type ResidentIdProblem };

/** PUT /api/me/profile's body, validated with the API's own schema. */
export const profileUpdateSchema = profileInput;
export type ProfileUpdate = z.input<typeof profileUpdateSchema>;

/** A 400's `details.fields` (functions/src/platform/validation.ts). */
export const fieldErrorsSchema = z.object({ fields: z.array(z.object({ field: z.string(), message: z.string() })) });

/** The audit screen's filters, validated with the API's own query schema (limit and cursor aside). */
export const auditFiltersSchema = auditSearchQuery.pick({ actor: true, action: true, from: true, to: true });
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const auditEntrySchema = z.object({
  at: z.string(),
  actor: z.object({ sub: z.string(), username: z.string(), roles: z.array(z.string()) }),
  action: z.string(),
  resource: z.object({ type: z.string(), id: z.string() }),
  outcome: z.enum(auditOutcomes),
  requestId: z.string(),
  sourceIp: z.string(),
  details: z.record(z.string(), z.string()).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), cursor: z.string().optional() });
