import { z } from 'zod';
import { conflict, notFound } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskPhone, maskResidentId } from '../platform/personal-data/masking.js';
import { residentIdSchema } from '../platform/personal-data/resident-id.js';
import type { Principal } from '../platform/principal.js';
import { parseInput } from '../platform/validation.js';
import type { ContactDetails, PersonalField, Profile, ProfileInput, ProfileRead } from './model.js';
import * as store from './store.js';

/** What each encrypted field's data keys are for (KMS encryption context, part of the AAD). */
const purposes: Record<PersonalField, string> = { phone: 'profile.phone', idNumber: 'profile.id-number' };
/** The blind index of resident ID numbers; shared by every context that looks people up by ID number. */
const residentIdIndex = 'resident-id';

export function describePrincipal(principal: Principal) {
  return {
    sub: principal.sub,
    username: principal.username,
    roles: principal.roles,
    department: principal.department,
    street: principal.street,
  };
}

function maskedView(record: store.ProfileRecord): Profile {
  return {
    name: record.name,
    phone: record.phoneMasked,
    email: record.email,
    idNumber: record.idNumberMasked,
    version: record.version,
    updatedAt: record.updatedAt,
  };
}

async function decrypt(sub: string, field: PersonalField, sealed: string | undefined): Promise<string | undefined> {
  if (sealed === undefined) return undefined;
  return openField(keyService(), { purpose: purposes[field], recordKey: store.userRecordKey(sub) }, sealed);
}

/**
 * The caller's profile, masked unless `reveal`; `revealed` lists the fields shown in full, and every
 * non-empty list is a read of personal data the caller must audit. 404 when there is no profile.
 */
export async function readProfile(principal: Principal, options: { reveal?: boolean } = {}): Promise<ProfileRead> {
  const record = await store.getProfile(principal.sub);
  if (!record) throw notFound('Profile');
  const profile = maskedView(record);
  if (!options.reveal) return { profile, revealed: [] };
  const [phone, idNumber] = await Promise.all([
    decrypt(principal.sub, 'phone', record.phoneEnc),
    decrypt(principal.sub, 'idNumber', record.idNumberEnc),
  ]);
  const revealed: PersonalField[] = [];
  if (phone !== undefined) revealed.push('phone');
  if (idNumber !== undefined) revealed.push('idNumber');
  return { profile: { ...profile, phone, idNumber }, revealed };
}

type Sealed<F extends PersonalField> = Pick<store.ProfileRecord, `${F}Enc` | `${F}Masked`>;

async function sealPhone(sub: string, value: string): Promise<Sealed<'phone'>> {
  const recordKey = store.userRecordKey(sub);
  return {
    phoneEnc: await sealField(keyService(), { purpose: purposes.phone, recordKey }, value),
    phoneMasked: maskPhone(value),
  };
}

async function sealIdNumber(sub: string, value: string): Promise<Sealed<'idNumber'> & { blindIndex: string }> {
  const recordKey = store.userRecordKey(sub);
  const [idNumberEnc, blindIndex] = await Promise.all([
    sealField(keyService(), { purpose: purposes.idNumber, recordKey }, value),
    keyService().blindIndex(residentIdIndex, value),
  ]);
  return { idNumberEnc, idNumberMasked: maskResidentId(value), blindIndex };
}

/**
 * Saves a profile, encrypting the phone and ID number; returns it masked. A personal field left out is
 * kept as stored, `null` removes it. 409 PROFILE_STALE when the caller's version is not the stored one.
 */
export async function saveProfile(principal: Principal, input: ProfileInput): Promise<Profile> {
  const sub = principal.sub;
  const keeps = input.phone === undefined || input.idNumber === undefined;
  const current = keeps && input.version > 0 ? await store.getProfile(sub) : undefined;
  const [phone, idNumber] = await Promise.all([
    input.phone === undefined
      ? { phoneEnc: current?.phoneEnc, phoneMasked: current?.phoneMasked }
      : input.phone === null
        ? {}
        : sealPhone(sub, input.phone),
    input.idNumber === undefined
      ? { idNumberEnc: current?.idNumberEnc, idNumberMasked: current?.idNumberMasked, blindIndex: current?.blindIndex }
      : input.idNumber === null
        ? {}
        : sealIdNumber(sub, input.idNumber),
  ]);
  const record: store.ProfileRecord = {
    name: input.name,
    email: input.email,
    ...phone,
    ...idNumber,
    version: input.version + 1,
    updatedAt: nowIso(),
  };
  const saved = await store.putProfile(sub, record, input.version);
  if (!saved) throw conflict('PROFILE_STALE', 'The profile was changed elsewhere; reload and try again');
  return maskedView(record);
}

/**
 * How to reach the caller, for addressing notifications only, never for display: the e-mail, or when there
 * is none the phone in full (decrypted only then, as notifications prefer e-mail). A read of personal
 * data; undefined when they have not saved a profile.
 */
export async function readProfileIfAny(principal: Pick<Principal, 'sub'>): Promise<ContactDetails | undefined> {
  const record = await store.getProfile(principal.sub);
  if (!record) return undefined;
  const phone = record.email === undefined ? await decrypt(principal.sub, 'phone', record.phoneEnc) : undefined;
  return { name: record.name, email: record.email, phone };
}

/**
 * The subject of the person whose profile carries this resident ID number (by blind index, so the number
 * is never stored or compared in plaintext), or undefined. 400 INVALID_INPUT for an invalid number;
 * 409 RESIDENT_ID_AMBIGUOUS when more than one profile carries it.
 */
export async function findPersonByResidentId(idNumber: string): Promise<string | undefined> {
  const { idNumber: normalised } = parseInput(z.object({ idNumber: residentIdSchema }), { idNumber });
  const subs = await store.subsByBlindIndex(await keyService().blindIndex(residentIdIndex, normalised));
  if (subs.length > 1) throw conflict('RESIDENT_ID_AMBIGUOUS', 'More than one profile carries this ID number');
  return subs[0];
}
