import { getService } from '../catalog/service.js';
import { readProfile, verifiedResidentIndex } from '../identity/service.js';
import { personByBlindIndex } from '../registries/service.js';
import type { Profile } from '../identity/model.js';
import { AppError } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import type { Principal } from '../platform/principal.js';
import { draftNotFound, draftStale, formInvalid } from './errors.js';
import { isRegistrySource, registryPrefillSources, type RegistryPrefillSource } from './field-types.js';
import type { DraftInput, DraftView, FormAnswers, FormSchema, PrefillSource } from './model.js';
import { prefillAnswers, registrySourceValues } from './registry-prefill.js';
import * as store from './store.js';
import { formFieldsOf, formProblems, normaliseAnswers } from './validate.js';

/** The purpose data keys of drafts are bound to (IAM grants name it). */
const draftPurpose = dataKeyPurposes.formDraft;
const draftLifetimeSeconds = 90 * 24 * 3600;

/** The labels of a form's fields, for messages. */
export function fieldLabels(form: FormSchema): Map<string, { zh: string; en: string }> {
  return new Map(formFieldsOf(form).map((f) => [f.id, f.label]));
}

/**
 * Checks answers against a form: 422 FORM_INVALID naming each field. `complete: false` is a draft's check
 * (required fields may be empty). Returns the answers as they are kept.
 */
export function checkAnswers(form: FormSchema, answers: FormAnswers, complete: boolean): FormAnswers {
  const problems = formProblems(form, answers, { complete });
  if (problems.length > 0) throw formInvalid(problems, fieldLabels(form));
  return normaliseAnswers(form, answers);
}

const context = (principal: Principal, code: string) => ({
  purpose: draftPurpose,
  recordKey: store.draftRecordKey(principal.sub, code),
});

async function viewOf(principal: Principal, record: store.DraftRecord): Promise<DraftView> {
  const answers = JSON.parse(await openField(keyService(), context(principal, record.code), record.answersEnc));
  return { answers, version: record.version, itemVersion: record.itemVersion, updatedAt: record.updatedAt };
}

/** What the profile fills in: each prefill source's value from the caller's profile, in full. */
function profileValues(profile: Profile | undefined): Partial<Record<PrefillSource, string>> {
  if (!profile) return {};
  return { name: profile.name, idNumber: profile.idNumber, phone: profile.phone, email: profile.email };
}

/** What a consented registry prefill read: the record's field names (for the audit), or why nothing was read. */
export type RegistryRead =
  { outcome: 'used'; fields: RegistryPrefillSource[] } | { outcome: 'unverified' | 'not-found' | 'not-needed' };

/** The caller's own registry record's prefill values, by their verified ID number; never anyone else's. */
async function registryValues(
  principal: Principal,
  wanted: ReadonlySet<PrefillSource>,
): Promise<{ values: Partial<Record<PrefillSource, string>>; read: RegistryRead }> {
  const sources = registryPrefillSources.filter((s) => wanted.has(s));
  if (sources.length === 0) return { values: {}, read: { outcome: 'not-needed' } };
  const index = await verifiedResidentIndex(principal);
  if (!index) return { values: {}, read: { outcome: 'unverified' } };
  const person = await personByBlindIndex(index);
  if (!person) return { values: {}, read: { outcome: 'not-found' } };
  const all = registrySourceValues(person);
  const values = Object.fromEntries(sources.flatMap((s) => (all[s] ? [[s, all[s]]] : [])));
  return { values, read: { outcome: 'used', fields: sources } };
}

/**
 * The caller's draft of an item's form and the answers that fill in where the draft leaves a prefill field
 * empty (an empty draft disables nothing): the profile's, and with `registry` (the citizen's consent) their own
 * person-registry record's. The prefill shows the ID number and phone in full, so `revealed` lists what was
 * unmasked and `registry` what the registry gave, for the audit; nothing is read that the draft already has.
 */
export async function readDraft(principal: Principal, code: string, options: { registry?: boolean } = {}) {
  const item = await getService(code);
  const record = await store.getDraft(principal.sub, code);
  const draft = record ? await viewOf(principal, record) : null;
  const isEmpty = (id: string) => {
    const value = draft?.answers[id];
    return value === undefined || value === null || value === '';
  };
  const fields = formFieldsOf(item.form);
  const registryFields = fields.some((f) => f.prefill && isRegistrySource(f.prefill));
  const open = fields.filter((f) => f.prefill && isEmpty(f.id));
  const wanted = new Set(open.flatMap((f) => (f.prefill ? [f.prefill] : [])));
  const fromRegistry = options.registry ? await registryValues(principal, wanted) : undefined;
  const registry = fromRegistry ? { registry: fromRegistry.read.outcome } : {};
  const fromProfile = [...wanted].some((s) => !isRegistrySource(s));
  if (!fromProfile && !fromRegistry) return { body: { draft, prefill: {}, registryFields }, revealed: [] };
  const needsReveal = wanted.has('idNumber') || wanted.has('phone');
  const read = fromProfile
    ? await readProfile(principal, { reveal: needsReveal }).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return undefined;
        throw error;
      })
    : undefined;
  const values = { ...profileValues(read?.profile), ...fromRegistry?.values };
  const prefill = prefillAnswers(open, values, isEmpty);
  return {
    body: { draft, prefill, registryFields, ...registry },
    revealed: read?.revealed ?? [],
    registryRead: fromRegistry?.read,
  };
}

/**
 * Saves the caller's draft (encrypted) after checking what is filled in against the item's form: 422
 * FORM_INVALID naming each bad field, 409 FORM_DRAFT_STALE when another device saved first.
 */
export async function saveDraft(principal: Principal, code: string, input: DraftInput): Promise<DraftView> {
  const item = await getService(code);
  const answers = checkAnswers(item.form, input.answers, false);
  const now = nowIso();
  const record: store.DraftRecord = {
    code,
    answersEnc: await sealField(keyService(), context(principal, code), JSON.stringify(answers)),
    itemVersion: item.publishedVersion,
    version: input.version + 1,
    updatedAt: now,
    expiresAt: Math.floor(Date.parse(now) / 1000) + draftLifetimeSeconds,
  };
  if (!(await store.putDraft(principal.sub, record, input.version))) throw draftStale();
  return { answers, version: record.version, itemVersion: record.itemVersion, updatedAt: now };
}

/** Discards the caller's draft; 404 when there is none. */
export async function discardDraft(principal: Principal, code: string): Promise<void> {
  if (!(await store.deleteDraft(principal.sub, code))) throw draftNotFound(code);
}

/** Discards a draft once its application is filed; no error when there is none. */
export async function discardDraftIfAny(sub: string, code: string): Promise<void> {
  await store.deleteDraft(sub, code);
}
