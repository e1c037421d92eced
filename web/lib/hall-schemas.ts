import { z } from 'zod';

// Shapes of the online service hall's public API (functions/src/{catalog,search,scenarios,outlets}/model.ts).
// Parsed, not trusted; only the fields the portal shows are required, so additions to the API do not break it.

export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof bilingualSchema>;

export const serviceSummarySchema = z.object({
  code: z.string(),
  name: bilingualSchema,
  department: z.string(),
  kind: z.string(),
  audience: z.array(z.string()),
  topics: z.array(z.string()),
  lifeEvents: z.array(z.string()),
  online: z.boolean(),
  counterVisits: z.number().int(),
  promisedDays: z.number().int(),
});
export type ServiceSummary = z.infer<typeof serviceSummarySchema>;

export const servicePageSchema = z.object({
  items: z.array(serviceSummarySchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});
export type ServicePage = z.infer<typeof servicePageSchema>;

export const countedTermSchema = z.object({ code: z.string(), name: bilingualSchema, count: z.number().int() });
export type CountedTerm = z.infer<typeof countedTermSchema>;

export const materialSchema = z.object({
  name: bilingualSchema,
  form: z.enum(['original', 'copy', 'electronic']),
  count: z.number().int(),
  required: z.boolean(),
  notes: bilingualSchema.optional(),
  eCertificateType: z.string().optional(),
  templateForm: z.string().optional(),
});
export type Material = z.infer<typeof materialSchema>;

export const guideSchema = z.object({
  code: z.string(),
  name: bilingualSchema,
  department: z.string(),
  kind: z.string(),
  audience: z.array(z.string()),
  topics: z.array(z.string()),
  lifeEvents: z.array(z.string()),
  legalBasis: z.array(z.object({ title: z.string(), article: z.string() })),
  conditions: z.array(bilingualSchema),
  materials: z.array(materialSchema),
  fees: z.union([
    z.object({ free: z.literal(true), basis: z.string().optional() }),
    z.object({ free: z.literal(false), amountCny: z.number(), basis: z.string() }),
  ]),
  timeLimits: z.object({ statutoryDays: z.number().int(), promisedDays: z.number().int() }),
  counterVisits: z.number().int(),
  online: z.boolean(),
  processSteps: z.array(z.object({ name: bilingualSchema, description: bilingualSchema.optional() })),
  outlets: z.array(z.string()),
  hours: bilingualSchema,
  phones: z.object({ consultation: z.string(), supervision: z.string() }),
  faq: z.array(z.object({ q: bilingualSchema, a: bilingualSchema })),
  /** 联合审批: the departments that review an application in parallel, the lead deciding. */
  jointReview: z.object({ lead: z.string(), departments: z.array(z.string()) }).optional(),
  publishedVersion: z.number().int(),
  publishedAt: z.string(),
});
export type Guide = z.infer<typeof guideSchema>;

export const searchTypes = ['service', 'faq', 'info', 'qa'] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchResultsSchema = z.object({
  query: z.string(),
  items: z.array(
    z.object({
      type: z.string(),
      code: z.string(),
      title: bilingualSchema,
      snippet: z.string(),
      department: z.string().nullable(),
      url: z.string(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type SearchResults = z.infer<typeof searchResultsSchema>;
export type SearchHit = SearchResults['items'][number];

export const scenarioSummarySchema = z.object({
  id: z.string(),
  title: bilingualSchema,
  intro: bilingualSchema,
  lifeEvents: z.array(z.string()),
  questions: z.number().int(),
  branches: z.number().int(),
});
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;

const scenarioNodeSchema = z.union([
  z.object({ kind: z.literal('question'), text: bilingualSchema }),
  z.object({ kind: z.literal('outcome'), branch: bilingualSchema }),
]);

export const scenarioSchema = z.object({
  id: z.string(),
  title: bilingualSchema,
  intro: bilingualSchema,
  root: z.string(),
  nodes: z.record(z.string(), scenarioNodeSchema),
});
export type Scenario = z.infer<typeof scenarioSchema>;

const stepSchema = z.object({
  question: z.string(),
  text: bilingualSchema,
  answer: z.string(),
  label: bilingualSchema,
});
export type ScenarioStep = z.infer<typeof stepSchema>;

export const resolutionSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('question'),
    path: z.array(stepSchema),
    node: z.object({
      id: z.string(),
      text: bilingualSchema,
      help: bilingualSchema.optional(),
      answers: z.array(z.object({ id: z.string(), label: bilingualSchema })),
    }),
  }),
  z.object({
    status: z.literal('resolved'),
    path: z.array(stepSchema),
    branch: bilingualSchema,
    items: z.array(
      z.object({
        code: z.string(),
        name: bilingualSchema,
        note: bilingualSchema.optional(),
        materials: z.array(materialSchema.extend({ branchNote: bilingualSchema.optional() })),
      }),
    ),
    additionalMaterials: z.array(materialSchema).default([]),
    notes: z.array(bilingualSchema).default([]),
  }),
]);
export type Resolution = z.infer<typeof resolutionSchema>;

export const outletSchema = z.object({
  code: z.string(),
  type: z.enum(['street', 'department']),
  kind: z.string(),
  name: bilingualSchema,
  address: bilingualSchema,
  hours: bilingualSchema,
  phone: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }),
  distanceMeters: z.number().optional(),
});
export type Outlet = z.infer<typeof outletSchema>;

export const outletListSchema = z.object({ items: z.array(outletSchema), notice: bilingualSchema });
export type OutletList = z.infer<typeof outletListSchema>;

/** A position as `near=lat,lng` (decimal degrees, WGS-84). */
export const nearPattern = /^-?\d{1,2}(\.\d{1,8})?,-?\d{1,3}(\.\d{1,8})?$/;
