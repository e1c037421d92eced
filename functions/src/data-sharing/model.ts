import { z } from 'zod';

/**
 * The data resource catalog (issue 15, item 1): what each department publishes for other departments, with
 * the sharing class of the national rules for government information resources (政务信息资源共享管理暂行办法):
 * unconditional (无条件共享), conditional (有条件共享, the owner approves) and not shared (不予共享).
 */
export const sharingClasses = ['unconditional', 'conditional', 'none'] as const;
export type SharingClass = (typeof sharingClasses)[number];

export const updateFrequencies = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export const fieldTypes = ['string', 'integer', 'number', 'date', 'datetime', 'boolean', 'code'] as const;

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const resourceField = z.object({
  name: z.string(),
  title: bilingual,
  type: z.enum(fieldTypes),
  /** Personal data (个人信息): extraction of the field is audited as a read of personal data. */
  personal: z.boolean(),
});
export type ResourceField = z.infer<typeof resourceField>;

export const dataResource = z.object({
  /** The resource's catalog identifier: district code, owner's item prefix and a number (440104-MZ-D001). */
  identifier: z.string(),
  title: bilingual,
  ownerDepartment: z.string(),
  ownerName: bilingual,
  description: bilingual,
  keywords: z.array(z.string()),
  fields: z.array(resourceField),
  updateFrequency: z.enum(updateFrequencies),
  sharingClass: z.enum(sharingClasses),
  format: z.string(),
  /** Records: as the registry last counted them (null: never measured), or as the owner declared them. */
  recordCount: z.number().int().nonnegative().nullable(),
  recordCountSource: z.enum(['registry', 'declared']),
  version: z.number().int().positive(),
  modifiedAt: z.string(),
});
export type DataResource = z.infer<typeof dataResource>;

export const resourceList = z.object({
  items: z.array(dataResource),
  total: z.number().int().nonnegative(),
});

const trimmed = (max: number) => z.string().trim().max(max, `is longer than ${max} characters`);

export const resourceQuery = z
  .object({
    q: trimmed(100).optional(),
    department: trimmed(60).optional(),
    sharingClass: z.enum(sharingClasses).optional(),
  })
  .strict();
export type ResourceQuery = z.infer<typeof resourceQuery>;

export const resourceParams = z.object({
  id: z
    .string()
    .trim()
    .regex(/^440104-[A-Z]{2}-D\d{3}$/, 'must be a data resource identifier such as 440104-MZ-D001'),
});
