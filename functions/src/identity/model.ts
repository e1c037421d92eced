import { z } from 'zod';
import { mainlandMobileSchema, residentIdSchema } from '../platform/personal-data/resident-id.js';
import { creditCodeSchema } from '../registries/model.js';

/**
 * A profile as the citizen sends it. The phone and ID number are shown masked, so a form cannot send
 * them back: leaving one out keeps the stored value, `null` removes it, a new value replaces it.
 */
export const profileInput = z.object({
  name: z.string().trim().min(1, 'required').max(50, 'at most 50 characters'),
  phone: mainlandMobileSchema.nullable().optional(),
  email: z.string().email('an e-mail address').max(254).optional(),
  /** 18-digit PRC resident ID number (居民身份证号码). */
  idNumber: residentIdSchema.nullable().optional(),
  /** The version the client read; 0 for a new profile. */
  version: z.number().int().min(0),
});

export type ProfileInput = z.infer<typeof profileInput>;

/** The fields that are personal data: stored encrypted, shown masked unless revealed. */
export const personalFields = ['phone', 'idNumber'] as const;
export type PersonalField = (typeof personalFields)[number];

export const profileQuery = z.object({
  /** `true` shows the caller's own phone and ID number in full (audited). */
  reveal: z.enum(['true', 'false']).optional(),
});

/** A profile as the API shows it: phone and ID number masked unless revealed. */
export interface Profile {
  name: string;
  phone?: string;
  email?: string;
  idNumber?: string;
  version: number;
  updatedAt: string;
}

/** The result of reading a profile: what was shown, and which fields were shown in full. */
export interface ProfileRead {
  profile: Profile;
  revealed: PersonalField[];
}

/** How a contact can be reached, in full: for notification delivery only. */
export interface ContactDetails {
  name: string;
  email?: string;
  phone?: string;
}

/** The answer of `GET /api/me`: who the token names, their roles and their unit. */
export const meView = z.object({
  sub: z.string(),
  username: z.string(),
  roles: z.array(z.string()),
  department: z.string().optional(),
  street: z.string().optional(),
});

/** A profile as `GET`/`PUT /api/me/profile` show it: phone and ID number masked unless revealed. */
export const profileView = z.object({
  name: z.string(),
  phone: z.string().optional(),
  idNumber: z.string().optional(),
  email: z.string().optional(),
  version: z.number().int(),
  updatedAt: z.string().optional(),
});

/** `PUT /api/me/entity-binding`: the entity to bind my account to, by unified social credit code. */
export const entityBindingInput = z.object({ creditCode: creditCodeSchema }).strict();
export type EntityBindingInput = z.infer<typeof entityBindingInput>;

/** `POST /api/me/entity-binding/agents`: the representative authorises an agent (经办人) by ID number. */
export const entityAgentInput = z.object({ idNumber: residentIdSchema }).strict();
export type EntityAgentInput = z.infer<typeof entityAgentInput>;

/** `DELETE /api/me/entity-binding/agents/{agentId}`: the agent's id as the binding view shows it. */
export const entityAgentParams = z.object({ agentId: z.string().regex(/^[A-Za-z0-9_-]{16}$/) });

/** An agent as the representative sees them: an opaque id (to withdraw them by) and the ID number masked. */
export const entityAgentView = z.object({ agentId: z.string(), idNumberMasked: z.string(), addedAt: z.string() });

/** `GET`/`PUT /api/me/entity-binding`: the entity my account acts for, as whom; agents when I represent it. */
export const entityBindingView = z.object({
  binding: z
    .object({
      creditCode: z.string(),
      entityName: z.string(),
      /** `representative` (法定代表人) or `agent` (经办人, authorised by the representative). */
      role: z.enum(['representative', 'agent']),
      boundAt: z.string(),
    })
    .nullable(),
  agents: z.array(entityAgentView),
});
export type EntityBindingView = z.infer<typeof entityBindingView>;
