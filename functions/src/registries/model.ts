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
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  by: z.string(),
  errorFile: z.string().optional(),
  message: z.string().optional(),
});
export type ImportJob = z.infer<typeof importJob>;

export const qualityReport = z.object({
  computedAt: z.string(),
  registries: z.array(
    z.object({
      registry: registryKind,
      records: z.number().int(),
      fields: z.array(z.object({ field: z.string(), completeness: z.number(), filled: z.number().int() })),
      duplicates: z.number().int(),
      danglingReferences: z.number().int(),
      invalid: z.number().int(),
    }),
  ),
});
export type QualityReport = z.infer<typeof qualityReport>;
