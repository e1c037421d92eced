import { z } from 'zod';
import { mainlandMobileSchema, residentIdSchema } from '../platform/personal-data/resident-id.js';
import { creditCodeMessages, creditCodeProblem } from './credit-code.js';
import { isCommunityOf, isStreet } from './geography.js';

/** The three base registries (一库) of the data center. */
export const registryKinds = ['persons', 'entities', 'buildings'] as const;
export type RegistryKind = (typeof registryKinds)[number];
export const registryKind = z.enum(registryKinds);

/** A GB 32100 unified social credit code, normalised (trimmed, upper-case). */
export const creditCodeSchema = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: creditCodeMessages[problem] });
  });

export const buildingCodeSchema = z
  .string()
  .trim()
  .regex(/^440104-\d{6}$/, 'must be the district code 440104, a hyphen and 6 digits');

const text = (max: number) => z.string().trim().min(1, 'is required').max(max, `is longer than ${max} characters`);
const optional = <S extends z.ZodType<unknown, string>>(schema: S) =>
  z
    .string()
    .trim()
    .transform((s) => (s === '' ? undefined : s))
    .pipe(z.union([z.undefined(), schema]));

const street = z.string().trim().refine(isStreet, 'is not one of the district’s 22 street codes');

/** CSV columns of each registry, in file order (the header line must name exactly these). */
export const columns = {
  persons: ['idNumber', 'name', 'ethnicity', 'registration', 'street', 'community', 'buildingCode', 'address', 'phone'],
  entities: ['creditCode', 'name', 'type', 'legalRepIdNumber', 'address', 'street', 'status', 'industry'],
  buildings: ['code', 'address', 'street', 'community', 'lng', 'lat', 'use', 'floors', 'units'],
} as const satisfies Record<RegistryKind, readonly string[]>;

const withCommunity = <T extends { street: string; community?: string }>(row: T, ctx: z.RefinementCtx) => {
  if (row.community !== undefined && !isCommunityOf(row.street, row.community)) {
    ctx.addIssue({ code: 'custom', path: ['community'], message: 'is not a community of the street' });
  }
};

export const personRow = z
  .object({
    idNumber: residentIdSchema,
    name: text(40),
    ethnicity: optional(text(20)),
    registration: z.enum(['hukou', 'permit'], 'must be hukou (户籍) or permit (居住证)'),
    street,
    community: optional(z.string()),
    buildingCode: optional(buildingCodeSchema),
    address: optional(text(200)),
    phone: optional(mainlandMobileSchema),
  })
  .superRefine(withCommunity);
export type PersonRow = z.infer<typeof personRow>;

export const entityRow = z.object({
  creditCode: creditCodeSchema,
  name: text(100),
  type: z.enum(['company', 'individual', 'partnership', 'public-institution', 'social-organisation'], {
    message: 'must be company, individual, partnership, public-institution or social-organisation',
  }),
  legalRepIdNumber: residentIdSchema,
  address: text(200),
  street,
  status: z.enum(['active', 'revoked', 'cancelled'], 'must be active, revoked or cancelled'),
  industry: optional(text(60)),
});
export type EntityRow = z.infer<typeof entityRow>;

const coordinate = (min: number, max: number) =>
  z.coerce.number('must be a number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);
const count = z.coerce.number('must be a number').int('must be a whole number').min(0).max(10_000);

export const buildingRow = z
  .object({
    code: buildingCodeSchema,
    address: text(200),
    street,
    community: z.string().trim(),
    lng: coordinate(113.2, 113.35),
    lat: coordinate(23.09, 23.18),
    use: z.enum(['residential', 'commercial', 'office', 'mixed', 'public'], {
      message: 'must be residential, commercial, office, mixed or public',
    }),
    floors: count,
    units: count,
  })
  .superRefine(withCommunity);
export type BuildingRow = z.infer<typeof buildingRow>;

export const rowSchemas = { persons: personRow, entities: entityRow, buildings: buildingRow } as const;

/** Who, when, why and from where a version came. */
export interface Provenance {
  readonly by: string;
  readonly at: string;
  readonly reason: string;
  readonly source: string;
}

/** Sex and birth date as the resident ID number says them (digit 17 odd: male). */
export function derivedFromId(idNumber: string): { sex: 'male' | 'female'; birthDate: string } {
  const birth = idNumber.slice(6, 14);
  return {
    sex: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
  };
}

// ---- API shapes ----

export const personParams = z.object({ idNumber: residentIdSchema });
export const entityParams = z.object({ creditCode: creditCodeSchema });
export const buildingParams = z.object({ code: buildingCodeSchema });
export const importParams = z.object({ id: z.string().regex(/^[0-9A-Za-z-]{8,64}$/, 'is not an import id') });

export const importInput = z
  .object({
    registry: registryKind,
    fileName: z.string().trim().min(1).max(200),
    encoding: z.enum(['utf-8', 'gb18030']).default('utf-8'),
    /** The CSV file, base64 (bytes as uploaded, in the named encoding). */
    contentBase64: z
      .string()
      .min(1)
      .max(400_000)
      .regex(/^[A-Za-z0-9+/=\s]+$/, 'is not base64'),
    reason: z.string().trim().min(1).max(200),
    /** The job's id, chosen by the client so that it can follow the import's progress while it runs. */
    importId: z.string().uuid().optional(),
  })
  .strict();
export type ImportInput = z.infer<typeof importInput>;

const version = z.object({
  version: z.number().int(),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  source: z.string(),
});

export const personView = z.object({
  idNumber: z.string(),
  name: z.string(),
  sex: z.enum(['male', 'female']),
  birthDate: z.string(),
  ethnicity: z.string().optional(),
  registration: z.enum(['hukou', 'permit']),
  street: z.string(),
  community: z.string().optional(),
  buildingCode: z.string().optional(),
  address: z.string().optional(),
  phone: z.string().optional(),
  current: version,
  history: z.array(version),
});
export type PersonView = z.infer<typeof personView>;

export const recordView = z.object({
  data: z.record(z.string(), z.unknown()),
  current: version,
  history: z.array(version),
});

export const importJob = z.object({
  id: z.string(),
  registry: registryKind,
  fileName: z.string(),
  status: z.enum(['running', 'succeeded', 'failed']),
  total: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  rowsPerSecond: z.number(),
  /** While running: seconds left at the current rate (absent until a rate is known). */
  etaSeconds: z.number().int().optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  by: z.string(),
  errorFile: z.string().optional(),
  message: z.string().optional(),
});
export type ImportJob = z.infer<typeof importJob>;

/** What the quality job finds wrong with a stored record (rows refused at import are counted per field only). */
export const qualityProblems = ['missing', 'nearDuplicate', 'stale', 'dangling'] as const;
export type QualityProblem = (typeof qualityProblems)[number];
/** The `field` of a problem that concerns the whole record (staleness). */
export const wholeRecord = '*';

export const qualityIssueSummary = z.object({
  problem: z.enum(qualityProblems),
  field: z.string(),
  /** Records with the problem. */
  count: z.number().int(),
  /** How many of them the drill-down lists (the first by key, up to a cap). */
  listed: z.number().int(),
});

export const registryQuality = z.object({
  registry: registryKind,
  /** When this registry was last measured; absent until the first computation. */
  computedAt: z.string().optional(),
  /** The computation whose records the drill-down lists. */
  run: z.string().optional(),
  records: z.number().int(),
  fields: z.array(
    z.object({
      field: z.string(),
      completeness: z.number(),
      filled: z.number().int(),
      /** Rows the last import refused for this field (validity). */
      invalid: z.number().int(),
    }),
  ),
  /** Records with a near-duplicate (persons: a name at one building; entities: a name at one address). */
  duplicates: z.number().int(),
  danglingReferences: z.number().int(),
  /** Records whose current version is older than `staleAfterDays` by the platform clock. */
  stale: z.number().int(),
  staleAfterDays: z.number().int(),
  /** Rows the last import refused. */
  invalid: z.number().int(),
  issues: z.array(qualityIssueSummary),
});
export type RegistryQuality = z.infer<typeof registryQuality>;

export const qualityReport = z.object({
  /** The latest computation of any registry ('' before the first). */
  computedAt: z.string(),
  registries: z.array(registryQuality),
});
export type QualityReport = z.infer<typeof qualityReport>;

export const qualityIssuesQuery = z
  .object({
    registry: registryKind,
    field: z.string().regex(/^(\*|[A-Za-z]{1,40})$/, 'is not a field name'),
    problem: z.enum(qualityProblems),
    cursor: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/, 'is not a cursor')
      .optional(),
  })
  .strict();
export type QualityIssuesQuery = z.infer<typeof qualityIssuesQuery>;

export const qualityIssuesPage = z.object({
  registry: registryKind,
  field: z.string(),
  problem: z.enum(qualityProblems),
  computedAt: z.string(),
  /** Records with the problem, and how many of them are listed. */
  count: z.number().int(),
  listed: z.number().int(),
  items: z.array(
    z.object({
      /** The record, masked for persons (ID number and name), as registered otherwise. */
      label: z.string(),
      /** What is wrong, where it helps (the building of a near-duplicate, the missing reference, the version date). */
      detail: z.string().optional(),
    }),
  ),
  nextCursor: z.string().optional(),
});
export type QualityIssuesPage = z.infer<typeof qualityIssuesPage>;
