import { getService } from '../catalog/service.js';
import { readProfile } from '../identity/service.js';
import type { Profile } from '../identity/model.js';
import { AppError } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { dataKeyPurposes } from '../platform/personal-data/purposes.js';
import type { Principal } from '../platform/principal.js';
import { draftNotFound, draftStale, formInvalid } from './errors.js';
import type { DraftInput, DraftView, FormAnswers, FormSchema, PrefillSource } from './model.js';
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

/** What the profile fills in: each prefill field's value from the caller's profile, in full. */
function prefillFrom(form: FormSchema, profile: Profile | undefined): FormAnswers {
  if (!profile) return {};
  const values: Record<PrefillSource, string | undefined> = {
    name: profile.name,
    idNumber: profile.idNumber,
    phone: profile.phone,
    email: profile.email,
  };
  const answers: FormAnswers = {};
  for (const field of formFieldsOf(form)) {
    const value = field.prefill && values[field.prefill];
    if (value) answers[field.id] = value;
  }
  return answers;
}

/**
 * The caller's draft of an item's form and the answers their profile fills in where the draft leaves a
 * prefill field empty (an empty draft disables nothing). The prefill shows the ID number and phone in
 * full, so `revealed` lists what was unmasked, for the audit; nothing is read that the draft already has.
 */
export async function readDraft(principal: Principal, code: string) {
  const item = await getService(code);
  const record = await store.getDraft(principal.sub, code);
  const draft = record ? await viewOf(principal, record) : null;
  const isEmpty = (id: string) => {
    const value = draft?.answers[id];
    return value === undefined || value === null || value === '';
  };
  const open = formFieldsOf(item.form).filter((f) => f.prefill && isEmpty(f.id));
  const wanted = new Set(open.flatMap((f) => (f.prefill ? [f.prefill] : [])));
  if (wanted.size === 0) return { body: { draft, prefill: {} }, revealed: [] };
  const needsReveal = wanted.has('idNumber') || wanted.has('phone');
  const read = await readProfile(principal, { reveal: needsReveal }).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) return undefined;
    throw error;
  });
  const filled = prefillFrom(item.form, read?.profile);
  const prefill = Object.fromEntries(Object.entries(filled).filter(([id]) => isEmpty(id)));
  return { body: { draft, prefill }, revealed: read?.revealed ?? [] };
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
