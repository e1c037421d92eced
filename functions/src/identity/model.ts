import { z } from 'zod';

export const profileInput = z.object({
  name: z.string().trim().min(1, 'required').max(50, 'at most 50 characters'),
  phone: z
    .string()
    .regex(/^1[3-9]\d{9}$/, 'a mainland mobile number of 11 digits')
    .optional(),
  email: z.string().email('an e-mail address').max(254).optional(),
  /** The version the client read; 0 for a new profile. */
  version: z.number().int().min(0),
});

export type ProfileInput = z.infer<typeof profileInput>;

export interface Profile {
  name: string;
  phone?: string;
  email?: string;
  version: number;
  updatedAt: string;
}
