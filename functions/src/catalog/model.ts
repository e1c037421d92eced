import { z } from 'zod';
import { formSchema } from '../forms/model.js';
import { roles } from '../platform/roles.js';
import { audiences, departmentByCode, departmentCodes, districtCode, lifeEventCodes, topicCodes } from './taxonomy.js';

/** A service item's code (事项编码): district code, department prefix, four-digit number. */
export const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;
export const itemCode = z.string().regex(itemCodePattern, 'an item code such as 440104-MZ-0001');

const text = (max: number) => z.string().trim().min(1, 'required').max(max, `at most ${max} characters`);
export const bilingual = (max = 200) => z.object({ zh: text(max), en: text(max) });

export const materialForms = ['original', 'copy', 'electronic'] as const;

/** One required (or optional) material of an application (申请材料). */
export const material = z.object({
  name: bilingual(100),
  form: z.enum(materialForms),
  count: z.number().int().min(1).max(20),
  required: z.boolean(),
  notes: bilingual(300).optional(),
  /** The e-certificate type (电子证照) that can stand in for the material, e.g. resident-id-card. */
  eCertificateType: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,40}$/, 'an e-certificate type such as resident-id-card')
    .optional(),
  /** The code of the form (A3) to fill in for this material. */
  templateForm: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,40}$/, 'a form code such as MZ-0001-F1')
    .optional(),
});
export type Material = z.infer<typeof material>;

export const fees = z.discriminatedUnion('free', [
  z.object({ free: z.literal(true), basis: text(200).optional() }),
  z.object({
    free: z.literal(false),
    amountCny: z.number().positive().max(1_000_000),
    /** The legal basis of the fee (收费依据). */
    basis: text(200),
  }),
]);

export const reviewStepKinds = ['accept', 'review', 'decide', 'deliver'] as const;
const stepOrder = Object.fromEntries(reviewStepKinds.map((s, i) => [s, i])) as Record<string, number>;

/** A step the case engine runs for an application, and the role that performs it. */
export const reviewStep = z.object({ step: z.enum(reviewStepKinds), role: z.enum(roles) });

/**
 * 联合审批 / 并联审批: the departments that review an application in parallel, each giving its opinion, and
 * the lead department (牵头部门, the item's own) whose head decides on the combined opinions.
 */
export const jointReview = z.object({
  lead: z.enum(departmentCodes),
  departments: z.array(z.enum(departmentCodes)).min(2, 'at least two departments').max(8, 'at most 8 departments'),
});
export type JointReview = z.infer<typeof jointReview>;

const phone = z.string().regex(/^(\d{3,4}-)?\d{5,8}$/, 'a telephone number such as 020-12345678 or 12345');

/** The editable content of a service item: its guide (办事指南). */
const itemFields = z.object({
  code: itemCode,
  name: bilingual(80),
  department: z.enum(departmentCodes),
  /** 事项类型. */
  kind: z.enum([
    'administrative-licence',
    'administrative-confirmation',
    'administrative-payment',
    'administrative-ruling',
    'public-service',
    'other-power',
  ]),
  audience: z.array(z.enum(audiences)).min(1).max(2),
  topics: z.array(z.enum(topicCodes)).min(1).max(5),
  lifeEvents: z.array(z.enum(lifeEventCodes)).max(5),
  /** 设定依据. */
  legalBasis: z
    .array(z.object({ title: text(100), article: text(100) }))
    .min(1)
    .max(10),
  /** 受理条件. */
  conditions: z.array(bilingual(500)).min(1).max(20),
  materials: z.array(material).max(40),
  fees,
  /** 法定期限 / 承诺期限, in working days; 0 = on the spot (即办件). */
  timeLimits: z.object({
    statutoryDays: z.number().int().min(0).max(365),
    promisedDays: z.number().int().min(0).max(365),
  }),
  /** How many times the applicant must come to a counter (0 = fully online, 零跑动). */
  counterVisits: z.number().int().min(0).max(5),
  online: z.boolean(),
  processSteps: z
    .array(z.object({ name: bilingual(120), description: bilingual(300).optional() }))
    .min(1)
    .max(15),
  /** Where to apply: outlet codes (B4) and opening hours. */
  outlets: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, 'an outlet code'))
    .min(1)
    .max(30),
  hours: bilingual(200),
  phones: z.object({ consultation: phone, supervision: phone }),
  faq: z.array(z.object({ q: bilingual(200), a: bilingual(1000) })).max(20),
  reviewSteps: z.array(reviewStep).min(1).max(8),
  /** Reviewed in parallel by several departments (联合审批), when the item declares it. */
  jointReview: jointReview.optional(),
  /** The application form (申请表), filled online or printed blank for the counter. */
  form: formSchema,
});

/** The rules across fields, each reported at the path of the field that breaks it. */
function checkItem(item: z.infer<typeof itemFields>, ctx: z.RefinementCtx): void {
  const department = departmentByCode(item.department);
  if (department && !item.code.startsWith(`${districtCode}-${department.itemPrefix}-`)) {
    ctx.addIssue({
      code: 'custom',
      path: ['code'],
      message: `the code of a ${item.department} item starts with ${districtCode}-${department.itemPrefix}-`,
    });
  }
  if (item.timeLimits.promisedDays > item.timeLimits.statutoryDays) {
    ctx.addIssue({
      code: 'custom',
      path: ['timeLimits', 'promisedDays'],
      message: 'the promised time limit may not exceed the statutory one',
    });
  }
  if (item.counterVisits === 0 && !item.online) {
    ctx.addIssue({ code: 'custom', path: ['online'], message: 'an item with no counter visit must be online' });
  }
  if (new Set(item.audience).size !== item.audience.length) {
    ctx.addIssue({ code: 'custom', path: ['audience'], message: 'each audience at most once' });
  }
  if (item.jointReview) checkJointReview(item.department, item.jointReview, ctx);
  const steps = item.reviewSteps.map((s) => s.step);
  if (steps[0] !== 'accept') {
    ctx.addIssue({ code: 'custom', path: ['reviewSteps', 0, 'step'], message: 'the first step is accept' });
  }
  if (!steps.includes('decide')) {
    ctx.addIssue({ code: 'custom', path: ['reviewSteps'], message: 'a decide step is required' });
  }
  for (let i = 1; i < steps.length; i++) {
    if (stepOrder[steps[i] as string]! < stepOrder[steps[i - 1] as string]!) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewSteps', i, 'step'],
        message: 'steps run in the order accept, review, decide, deliver',
      });
    }
  }
}

/** The lead is the item's own department and reviews too; each department once. */
function checkJointReview(department: string, joint: JointReview, ctx: z.RefinementCtx): void {
  if (joint.lead !== department) {
    ctx.addIssue({ code: 'custom', path: ['jointReview', 'lead'], message: 'the lead is the item’s own department' });
  }
  if (!joint.departments.includes(joint.lead)) {
    ctx.addIssue({ code: 'custom', path: ['jointReview', 'departments'], message: 'the lead department reviews too' });
  }
  if (new Set(joint.departments).size !== joint.departments.length) {
    ctx.addIssue({ code: 'custom', path: ['jointReview', 'departments'], message: 'each department at most once' });
  }
}

/** A complete service item (guide), as seeded and as published. */
export const serviceItem = itemFields.superRefine(checkItem);
export type ServiceItem = z.infer<typeof serviceItem>;

/**
 * The body of `PUT /api/catalog/items/{code}/draft`: the item (its code is the path's) and `version`, the
 * item's revision the editor read (0 for a new item), for optimistic locking.
 */
export const draftInput = itemFields.extend({ version: z.number().int().min(0) }).superRefine(checkItem);
export type DraftInput = z.infer<typeof draftInput>;

export const publishInput = z.object({ version: z.number().int().min(1).optional() }).optional();

export const itemStatuses = ['draft', 'published', 'withdrawn'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** What a list shows of a published item. */
export const serviceSummary = z.object({
  code: itemCode,
  name: bilingual(80),
  department: z.enum(departmentCodes),
  kind: itemFields.shape.kind,
  audience: itemFields.shape.audience,
  topics: itemFields.shape.topics,
  lifeEvents: itemFields.shape.lifeEvents,
  online: z.boolean(),
  counterVisits: z.number().int(),
  promisedDays: z.number().int(),
  publishedVersion: z.number().int().min(1),
});
export type ServiceSummary = z.infer<typeof serviceSummary>;

/** A published guide, as `GET /api/services/{code}` shows it. */
export const publishedGuide = itemFields.extend({
  publishedVersion: z.number().int().min(1),
  publishedAt: z.string(),
});
export type PublishedGuide = z.infer<typeof publishedGuide>;

const queryInt = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/, `${name} is a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} is at least ${min}`).max(max, `${name} is at most ${max}`));

/** Query of `GET /api/services`. Every parameter is optional; unknown parameters are refused. */
export const serviceListQuery = z.object({
  department: z.enum(departmentCodes).optional(),
  audience: z.enum(audiences).optional(),
  lifeEvent: z.enum(lifeEventCodes).optional(),
  topic: z.enum(topicCodes).optional(),
  online: z.enum(['true', 'false']).optional(),
  page: queryInt('page', 1, 10_000).optional(),
  pageSize: queryInt('pageSize', 1, 100).optional(),
});
export type ServiceListQuery = z.infer<typeof serviceListQuery>;

export const serviceListResponse = z.object({
  items: z.array(serviceSummary),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
});

export const countedTerm = z.object({ code: z.string(), name: bilingual(), count: z.number().int() });
export const departmentList = z.object({ items: z.array(countedTerm.extend({ itemPrefix: z.string() })) });
export const lifeEventList = z.object({ items: z.array(countedTerm) });

/** An item as the catalog manager sees it in the list. */
export const catalogEntry = z.object({
  code: itemCode,
  name: bilingual(80),
  department: z.enum(departmentCodes),
  status: z.enum(itemStatuses),
  /** The item's revision: send it back with the next draft or publish (optimistic locking). */
  version: z.number().int(),
  publishedVersion: z.number().int().optional(),
  hasDraft: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type CatalogEntry = z.infer<typeof catalogEntry>;

export const catalogList = z.object({ items: z.array(catalogEntry) });

/** One item for the editor: its entry, the draft (if any) and the published guide (if any). */
export const catalogItemView = z.object({
  entry: catalogEntry,
  draft: itemFields.optional(),
  published: publishedGuide.optional(),
});

/** The published versions of an item, newest first. */
export const catalogVersionList = z.object({
  items: z.array(z.object({ version: z.number().int(), publishedAt: z.string(), publishedBy: z.string() })),
});

export const catalogCodeParams = z.object({ code: itemCode });

/** The path of `GET /api/catalog/items/{code}/versions/{version}`. */
export const catalogVersionParams = z.object({
  code: itemCode,
  version: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, 'a version number such as 1')
    .transform(Number),
});

/** The summary of an item for lists and facet index records. */
export function summarise(item: ServiceItem, publishedVersion: number): ServiceSummary {
  return {
    code: item.code,
    name: item.name,
    department: item.department,
    kind: item.kind,
    audience: item.audience,
    topics: item.topics,
    lifeEvents: item.lifeEvents,
    online: item.online,
    counterVisits: item.counterVisits,
    promisedDays: item.timeLimits.promisedDays,
    publishedVersion,
  };
}
