import { z } from 'zod';
// Request bodies are validated with the API's own schemas, so the form and the API cannot disagree.
import { caseStatuses, createdCase, jointProgressView, submitCaseInput } from '../../functions/src/cases/model';
import { acceptedContentTypes, uploadRequest, uploadTicket } from '../../functions/src/documents/model';
import { counterReliefInput, eligibilityView, reliefApplicationInput } from '../../functions/src/relief/model';
import { household } from '../../functions/src/relief/household';
import { auditEntryView, auditPage, auditSearchQuery } from '../../functions/src/audit/model';
import { healthView } from '../../functions/src/health/model';
import { outboxMessageView } from '../../functions/src/notifications/outbox-view';
import { meView, profileInput, profileView } from '../../functions/src/identity/model';
import { residentIdMessages, type ResidentIdProblem } from '../../functions/src/platform/personal-data/resident-id';
import { decisionInput } from '../../functions/src/workitems/model';
// The staff platform: inbox, case handling, counter filing (web/app/[locale]/staff).
import { counterCaseInput } from '../../functions/src/cases/model';
import { formSchema as counterFormSchema } from '../../functions/src/forms/model';
import { inboxStates, stepOutcomes, steps, type Step } from '../../functions/src/workitems/model';
import { guideSchema as publishedGuideSchema } from './hall-schemas';
// The citizen's application, case and lookup (services/[code]/apply, my/cases, status).
import { correctionInput, lookupInput, ratingInput } from '../../functions/src/cases/model';
import { draftRead, formSchema } from '../../functions/src/forms/model';
import { guideSchema } from './hall-schemas';

// Shapes of the HTTP API (functions/src/routes.ts). Responses are parsed, not trusted: a changed API fails
// loudly here instead of rendering `undefined`. Where the API's model defines a response (the same schema the
// OpenAPI document publishes), it is used as is.

export { acceptedContentTypes, caseStatuses };
export const caseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof caseStatusSchema>;

/** The portal's own limit on a file (the API only requires a positive size). */
export const maxUploadBytes = 10 * 1024 * 1024;

export const apiErrorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

export const healthSchema = healthView;
export type Health = z.infer<typeof healthSchema>;

export const meSchema = meView;
export type Me = z.infer<typeof meSchema>;

export const uploadRequestSchema = uploadRequest.extend({ size: uploadRequest.shape.size.max(maxUploadBytes) });
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

export const uploadTicketSchema = uploadTicket;
export type UploadTicket = z.infer<typeof uploadTicketSchema>;

export const documentSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  status: z.string(),
  downloadUrl: z.string().optional(),
});

export const newCaseSchema = submitCaseInput;
export type NewCase = z.input<typeof newCaseSchema>;

export const createdCaseSchema = createdCase;
/** 综合救助 (/relief): the household's eligibility, and an application for the chosen programs. */
export const reliefEligibilitySchema = eligibilityView;
export type ReliefEligibility = z.infer<typeof eligibilityView>;
export const reliefApplicationSchema = reliefApplicationInput;
export type ReliefApplication = z.input<typeof reliefApplicationInput>;
export const reliefHouseholdSchema = household;
export type ReliefHousehold = z.input<typeof household>;

export const caseSummarySchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  status: caseStatusSchema,
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

/** Who moved a case, as its applicant sees it: a role and a unit (functions/src/cases/timeline.ts). */
export const caseActorSchema = z.object({
  role: z.string(),
  department: z.string().optional(),
  street: z.string().optional(),
});
export type CaseActor = z.infer<typeof caseActorSchema>;

export const timelineEntrySchema = z.object({
  at: z.string(),
  status: caseStatusSchema,
  /** The event as a code (old records are given one by the API). */
  event: z.string().optional(),
  detail: z.string().optional(),
  step: z.string().optional(),
  note: z.string().optional().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** One human step's decision as staff see it: who, in which role and unit, when, what and why. */
export const stepDecisionSchema = z.object({
  workItemId: z.string(),
  step: z.string(),
  outcome: z.string(),
  comment: z.string(),
  decidedBy: z.string(),
  role: z.string(),
  department: z.string().optional(),
  street: z.string().optional(),
  decidedAt: z.string(),
  escalated: z.boolean().default(false),
});
export type StepDecision = z.infer<typeof stepDecisionSchema>;

/** An opinion addressed to the applicant: the role and unit that gave it, never a username. */
export const applicantDecisionSchema = z.object({
  step: z.string(),
  outcome: z.string(),
  comment: z.string(),
  decidedAt: z.string(),
  by: caseActorSchema,
});

/** The traffic light of a case's legal time limit (functions/src/deadlines/clock.ts). */
export const deadlineLevels = ['green', 'yellow', 'red', 'paused'] as const;
export type DeadlineLevel = (typeof deadlineLevels)[number];

export { inboxStates, stepOutcomes, steps, type Step };

/** A work item in an inbox (GET /api/work-items), most urgent first. */
export const workItemSchema = z.object({
  workItemId: z.string(),
  /** A case's step, a letter to answer, an official document's or a city event's step (caseId: the subject's id). */
  kind: z.enum(['case', 'letter', 'official-document', 'grid-event', 'data-request']).optional(),
  caseId: z.string(),
  caseNumber: z.string(),
  title: z.string(),
  step: z.enum(steps as [Step, ...Step[]]),
  role: z.string(),
  department: z.string(),
  /** The street of a handover at a station. */
  street: z.string().optional(),
  /** A relief case's opinion: the program this item decides (综合救助). */
  program: z.string().optional(),
  escalated: z.boolean().default(false),
  status: z.string(),
  createdAt: z.string(),
  /** The case's legal due date (YYYY-MM-DD) once its clock runs. */
  dueDate: z.string().optional(),
  /** The case's deadline level, where the API sends it. */
  level: z.enum(deadlineLevels).optional(),
  claimedBy: z.string().optional(),
  claimedAt: z.string().optional(),
  itemCode: z.string().optional(),
  /** The applicant as lists show them (陈**). */
  applicantMasked: z.string().optional(),
  submittedAt: z.string().optional(),
  /** Working days from today to the due date: 0 on the day, negative once overdue. */
  remainingWorkingDays: z.number().int().optional(),
  due: z.enum(['overdue', 'soon', 'ok']).optional(),
  claim: z.enum(['mine', 'unclaimed', 'others']).optional(),
  /** Why the item is in the inbox; with the head's reason when they returned the case to the review. */
  state: z.enum(inboxStates).optional(),
  returned: z.object({ reason: z.string(), by: z.string(), at: z.string() }).optional(),
});
export type WorkItem = z.infer<typeof workItemSchema>;

const countsOf = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);

/** A page of the inbox (GET /api/work-items): the items, how many match, the whole inbox counted, the next page. */
export const inboxPageSchema = z.object({
  items: z.array(workItemSchema),
  total: z.number().int(),
  counts: z.object({
    all: z.number().int(),
    kind: z.object({
      case: z.number().int(),
      letter: z.number().int().default(0),
      officialDocument: z.number().int().default(0),
      'grid-event': z.number().int().default(0),
      'data-request': z.number().int().default(0),
    }),
    step: countsOf(steps),
    status: countsOf(inboxStates),
    claim: countsOf(['mine', 'unclaimed', 'others'] as const),
    due: countsOf(['overdue', 'soon', 'ok'] as const),
  }),
  nextCursor: z.string().optional(),
});
export type InboxPage = z.infer<typeof inboxPageSchema>;

/** The inbox's filters and page (the query of GET /api/work-items). */
export interface InboxQuery {
  caseId?: string;
  step?: string;
  item?: string;
  status?: string;
  claim?: string;
  due?: string;
  q?: string;
  limit?: string;
  cursor?: string;
}

export const decisionSchema = decisionInput;
export type Decision = z.infer<typeof decisionSchema>;

export const decisionResultSchema = z.object({ workItemId: z.string(), status: z.string() });

export const outboxMessageSchema = outboxMessageView;
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** The profile as the API shows it: phone and ID number masked unless revealed. */
export const profileSchema = profileView;
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

export const auditEntrySchema = auditEntryView;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditPageSchema = auditPage;

// ---- The staff platform: case handling, counter filing and supervision (web/app/[locale]/staff).

const bilingualNameSchema = z.object({ zh: z.string(), en: z.string() });

/** A case's legal clock as the API derives it at read time. */
export const caseClockSchema = z.object({
  acceptedAt: z.string().optional(),
  limitDays: z.number().int(),
  statutoryDays: z.number().int(),
  pauses: z.array(z.object({ from: z.string(), to: z.string().optional() })).default([]),
  dueDate: z.string().optional(),
  dueCovered: z.boolean().optional(),
  /** Working days left until the due date (0 on it, negative once overdue), by the published calendar. */
  remainingWorkingDays: z.number().int().optional(),
  level: z.enum(deadlineLevels),
});
export type CaseClock = z.infer<typeof caseClockSchema>;

/** A case as staff in scope see it (GET /api/cases/{id}): answers, materials, timeline and clock. */
export const staffCaseSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  itemCode: z.string(),
  itemName: bilingualNameSchema,
  title: z.string(),
  department: z.string(),
  channel: z.enum(['online', 'counter']),
  street: z.string().optional(),
  filedBy: z.string().optional(),
  applicantMasked: z.string(),
  /** The applicant's full name, when the answers were revealed (`?reveal=true`). */
  applicantName: z.string().optional(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
  /** The answers shown masked (`applicant` for the name in the basic facts). */
  maskedFields: z.array(z.string()).default([]),
  materials: z.array(
    z.object({
      material: z.number().int(),
      name: bilingualNameSchema,
      documentId: z.string(),
      fileName: z.string(),
      contentType: z.enum(acceptedContentTypes),
      size: z.number().int(),
      sha256: z.string(),
    }),
  ),
  /** Materials given as e-certificates from the applicant's wallet, verified at submission (证照核查). */
  certificates: z
    .array(
      z.object({
        material: z.number().int(),
        name: bilingualNameSchema,
        certificateId: z.string(),
        typeName: bilingualNameSchema,
        number: z.string(),
        issuer: z.object({ id: z.string(), name: bilingualNameSchema }),
        holderName: z.string().optional(),
        validFrom: z.string(),
        validUntil: z.string().optional(),
        revoked: z.boolean(),
        checkedAt: z.string(),
        /** Checked again when the case is read: revoked or expired since the submission shows here. */
        current: z
          .object({
            status: z.string(),
            checkedAt: z.string(),
            revocation: z.object({ reason: z.string(), revokedAt: z.string() }).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
  pickup: z.discriminatedUnion('method', [
    z.object({ method: z.literal('download') }),
    z.object({ method: z.literal('station'), street: z.string() }),
  ]),
  status: caseStatusSchema,
  timeline: z.array(timelineEntrySchema.extend({ by: z.string().optional() })),
  decisions: z.array(stepDecisionSchema).default([]),
  clock: caseClockSchema,
  escalated: z.boolean().optional(),
  correction: z.object({ requestedAt: z.string(), reason: z.string(), step: z.string() }).optional(),
  result: z
    .object({ outcome: z.string(), comment: z.string(), decidedAt: z.string(), documentNumber: z.string() })
    .optional(),
  rating: z.object({ score: z.number().int(), comment: z.string(), at: z.string() }).optional(),
  handedOverAt: z.string().optional(),
  /** 联合审批: each department's progress, with the officer and comment. */
  jointReview: jointProgressView.optional(),
  /** 综合救助: the household entered once, the members' names masked unless revealed. */
  household: household.optional(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type StaffCase = z.infer<typeof staffCaseSchema>;
export type JointProgress = z.infer<typeof jointProgressView>;

/** A document's metadata and (once checked) a short-lived download URL (GET /api/documents/{id}). */
export const staffDocumentSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  contentType: z.enum(acceptedContentTypes),
  status: z.string(),
  size: z.number().int(),
  downloadUrl: z.string().optional(),
});

/** A published guide with its application form, for filing at the counter. */
export const counterGuideSchema = publishedGuideSchema.extend({ form: counterFormSchema });
export type CounterGuide = z.infer<typeof counterGuideSchema>;

/** POST /api/counter/cases's body, validated with the API's own schema. */
export const counterCaseSchema = counterCaseInput;
export type CounterCase = z.input<typeof counterCaseSchema>;
/** 综合救助 taken at a street station's counter (POST /api/counter/relief). */
export const counterReliefSchema = counterReliefInput;
export type CounterRelief = z.input<typeof counterReliefInput>;

/** What a counter filing answers (201): the accepted case. */
export const filedCaseSchema = createdCase;

const shareSchema = z.number().min(0).max(1).nullable();

/** The figures of a group of cases (functions/src/supervision/model.ts). */
export const caseFiguresSchema = z.object({
  cases: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  finished: z.number().int(),
  open: z.number().int(),
  decided: z.number().int(),
  onTime: z.number().int(),
  onTimeRate: shareSchema,
  overdue: z.number().int(),
  averageHandlingDays: z.number().nullable(),
  channels: z.object({
    online: z.number().int(),
    counter: z.number().int(),
    onlineShare: shareSchema,
    meetsTarget: z.boolean().nullable(),
  }),
  satisfaction: z.object({ rated: z.number().int(), average: z.number().nullable(), satisfiedShare: shareSchema }),
});
export type CaseFigures = z.infer<typeof caseFiguresSchema>;

/** GET /api/supervision/summary. */
export const supervisionSummarySchema = z.object({
  generatedAt: z.string(),
  asOf: z.string(),
  period: z.object({ from: z.string().optional(), to: z.string().optional() }),
  scope: z.object({ kind: z.enum(['district', 'department']), departments: z.array(z.string()) }),
  onlineTarget: z.number(),
  /** Years whose holiday calendar should be published by now and is not (absent from older APIs). */
  calendar: z.object({ missingYears: z.array(z.number()) }).optional(),
  total: caseFiguresSchema,
  departments: z.array(caseFiguresSchema.extend({ department: z.string(), name: bilingualNameSchema })),
  overdue: z.array(
    z.object({
      caseId: z.string(),
      caseNumber: z.string(),
      itemCode: z.string(),
      itemName: bilingualNameSchema,
      department: z.string(),
      status: caseStatusSchema,
      dueDate: z.string(),
      daysOverdue: z.number().int(),
      escalated: z.boolean(),
    }),
  ),
});
export type SupervisionSummary = z.infer<typeof supervisionSummarySchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date', abort: true })
  .refine((text) => new Date(`${text}T00:00:00Z`).toISOString().startsWith(text), 'date');

/** The supervision screen's filters: the API's query (department, from, to), checked before it is sent. */
export const supervisionFiltersSchema = z
  .object({
    department: z
      .string()
      .regex(/^[a-z][a-z-]{1,60}$/, 'department')
      .optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'order' });
export type SupervisionFilters = z.infer<typeof supervisionFiltersSchema>;

// ---- The citizen's application (services/[code]/apply), case page (my/cases/[caseId]) and lookup (status).

/** A guide with its application form (GET /api/services/{code}); the form is parsed with the API's own schema. */
export const applicationGuideSchema = guideSchema.extend({ form: formSchema });
export type ApplicationGuide = z.infer<typeof applicationGuideSchema>;

/** GET /api/forms/{code}/draft: the saved draft, or what the profile fills in. */
export const formDraftReadSchema = draftRead;
export type FormDraftRead = z.infer<typeof formDraftReadSchema>;
export const formDraftSchema = draftRead.shape.draft.unwrap();
export type FormDraft = z.infer<typeof formDraftSchema>;

/** A 422 FORM_INVALID's `details.fields` (functions/src/forms/errors.ts). */
export const formProblemDetailsSchema = z.object({
  fields: z.array(z.object({ field: z.string(), code: z.string(), limit: z.number().optional(), message: z.string() })),
});

/** A 422 MATERIAL_*'s details: the material missing, or the file (`materials.<k>.documentIds.<p>`) refused. */
export const materialProblemDetailsSchema = z.object({
  field: z.string().optional(),
  material: z.number().int().optional(),
});

/** POST /api/documents/{id}/verify: the content check of an uploaded file. */
export const documentCheckSchema = z.object({
  documentId: z.string(),
  fileName: z.string(),
  check: z
    .object({
      outcome: z.enum(['passed', 'scanning', 'rejected']),
      code: z.string().optional(),
      sha256: z.string().optional(),
    })
    .optional(),
});
export type DocumentCheck = z.infer<typeof documentCheckSchema>;

const bilingualTextSchema = z.object({ zh: z.string(), en: z.string() });

/** A case as its owner sees it (GET /api/cases/{id}; the answers only there). */
export const citizenCaseSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  itemCode: z.string(),
  itemName: bilingualTextSchema,
  status: caseStatusSchema,
  channel: z.enum(['online', 'counter']),
  timeline: z.array(timelineEntrySchema.extend({ by: caseActorSchema.optional() })),
  decisions: z.array(applicantDecisionSchema).default([]),
  clock: z.object({
    acceptedAt: z.string().optional(),
    limitDays: z.number().int(),
    dueDate: z.string().optional(),
    level: z.enum(['green', 'yellow', 'red', 'paused']),
    pauses: z.array(z.object({ from: z.string(), to: z.string().optional() })).default([]),
  }),
  materials: z.array(
    z.object({
      material: z.number().int(),
      name: bilingualTextSchema,
      documentId: z.string(),
      fileName: z.string(),
      size: z.number().int(),
      sha256: z.string(),
    }),
  ),
  /** Materials given as e-certificates from the wallet (证照核查), the holder's name masked. */
  certificates: z
    .array(
      z.object({
        material: z.number().int(),
        name: bilingualTextSchema,
        certificateId: z.string(),
        typeName: bilingualTextSchema,
        number: z.string(),
        holderName: z.string(),
      }),
    )
    .default([]),
  pickup: z.discriminatedUnion('method', [
    z.object({ method: z.literal('download') }),
    z.object({ method: z.literal('station'), street: z.string() }),
  ]),
  correction: z.object({ requestedAt: z.string(), reason: z.string(), step: z.string() }).optional(),
  result: z
    .object({ outcome: z.string(), comment: z.string(), decidedAt: z.string(), documentNumber: z.string() })
    .optional(),
  rating: z.object({ score: z.number().int(), comment: z.string(), at: z.string() }).optional(),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** 联合审批: each department's progress and the reasons meant for the applicant. */
  jointReview: jointProgressView.optional(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type CitizenCase = z.infer<typeof citizenCaseSchema>;

/** A case in my list (GET /api/cases). */
export const citizenCaseSummarySchema = citizenCaseSchema.pick({
  caseId: true,
  caseNumber: true,
  itemName: true,
  status: true,
  clock: true,
  createdAt: true,
});
export type CitizenCaseSummary = z.infer<typeof citizenCaseSummarySchema>;

export const correctionSchema = correctionInput;
export type Correction = z.input<typeof correctionSchema>;
export const ratingSchema = ratingInput;
export type Rating = z.input<typeof ratingSchema>;
export const caseLookupInputSchema = lookupInput;
export type CaseLookupInput = z.infer<typeof caseLookupInputSchema>;

/** POST /api/cases/lookup: the short status of a case, without names, answers or materials. */
export const caseLookupSchema = z.object({
  caseNumber: z.string(),
  itemName: bilingualTextSchema,
  status: caseStatusSchema,
  applicantMasked: z.string(),
  timeline: z.array(z.object({ at: z.string(), status: caseStatusSchema })),
  dueDate: z.string().optional(),
  createdAt: z.string(),
});
export type CaseLookup = z.infer<typeof caseLookupSchema>;
