import { dataKeyPurposes, type DataKeyPurpose } from '../platform/personal-data/purposes.js';
import { z } from 'zod';
import { AppError, conflict, notFound } from '../platform/errors.js';
import { nowIso } from '../platform/ids.js';
import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskPhone, maskResidentId } from '../platform/personal-data/masking.js';
import { residentIdSchema } from '../platform/personal-data/resident-id.js';
import type { Principal } from '../platform/principal.js';
import { parseInput } from '../platform/validation.js';
import type { ContactDetails, PersonalField, Profile, ProfileInput, ProfileRead } from './model.js';
import { realNameVerifier } from './real-name/index.js';
import * as store from './store.js';

/** What each encrypted field's data keys are for (KMS encryption context, part of the AAD). */
const purposes: Record<PersonalField, DataKeyPurpose> = {
  phone: dataKeyPurposes.profilePhone,
  idNumber: dataKeyPurposes.profileIdNumber,
};
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

const stale = () => conflict('PROFILE_STALE', 'The profile was changed elsewhere; reload and try again');

const unverified = () =>
  new AppError(422, 'REAL_NAME_UNVERIFIED', 'The name and ID number could not be verified together', {
    fields: [{ field: 'idNumber', message: 'the name and ID number do not match a registered resident' }],
  });

/** Real-name verification (实名核验) of a name and ID number; 422 REAL_NAME_UNVERIFIED unless they belong together. */
async function verifyRealName(name: string, idNumber: string): Promise<string> {
  const verifier = realNameVerifier();
  if ((await verifier.verify({ name, idNumber })) !== 'verified') throw unverified();
  return verifier.source;
}

/**
 * Saves a profile, encrypting the phone and ID number; returns it masked. A personal field left out is
 * kept as stored, `null` removes it. A new ID number is bound to this account only after real-name
 * verification and only if no other account holds it (issue 10 §2); a new name with a kept ID number is
 * verified again. 409 PROFILE_STALE when the caller's version is not the stored one, 409 RESIDENT_ID_TAKEN
 * when another account holds the number, 422 REAL_NAME_UNVERIFIED, 503 REAL_NAME_UNAVAILABLE.
 */
export async function saveProfile(principal: Principal, input: ProfileInput): Promise<Profile> {
  const sub = principal.sub;
  const current = input.version > 0 ? await store.getProfile(sub) : undefined;
  // A stale save is refused before anything is verified (the write would be refused anyway).
  if (input.version > 0 && current?.version !== input.version) throw stale();
  const at = nowIso();
  let verification: Pick<store.ProfileRecord, 'idVerifiedBy' | 'idVerifiedAt'> = {};
  if (typeof input.idNumber === 'string') {
    verification = { idVerifiedBy: await verifyRealName(input.name, input.idNumber), idVerifiedAt: at };
  } else if (input.idNumber === undefined && current?.idNumberEnc) {
    verification = { idVerifiedBy: current.idVerifiedBy, idVerifiedAt: current.idVerifiedAt };
    if (current.name !== input.name) {
      const kept = await decrypt(sub, 'idNumber', current.idNumberEnc);
      verification = { idVerifiedBy: await verifyRealName(input.name, kept ?? ''), idVerifiedAt: at };
    }
  }
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
    ...(idNumber.blindIndex ? verification : {}),
    version: input.version + 1,
    updatedAt: at,
  };
  const previous = current?.blindIndex;
  const next = record.blindIndex;
  const change: store.BindingChange =
    previous === next
      ? {}
      : {
          ...(next ? { bind: { blindIndex: next, source: record.idVerifiedBy ?? 'unknown', at } } : {}),
          ...(previous ? { release: previous } : {}),
        };
  const outcome = await store.putProfile(sub, record, input.version, change);
  if (outcome === 'stale') throw stale();
  if (outcome === 'taken') {
    throw conflict(
      'RESIDENT_ID_TAKEN',
      'This ID number is already bound to another account; bring your ID card to a street station',
    );
  }
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

/** The blind index of a resident ID number; 400 INVALID_INPUT for an invalid number. */
export async function residentIdBlindIndex(idNumber: string): Promise<string> {
  const { idNumber: normalised } = parseInput(z.object({ idNumber: residentIdSchema }), { idNumber });
  return keyService().blindIndex(residentIdIndex, normalised);
}

/**
 * The subject of the account this resident ID number is bound to after real-name verification (by blind
 * index, so the number is never stored or compared in plaintext), or undefined. 400 INVALID_INPUT for an
 * invalid number. Profiles that carry the number without a binding are not its owner (see account-match.ts).
 */
export async function findPersonByResidentId(idNumber: string): Promise<string | undefined> {
  return (await store.getBinding(await residentIdBlindIndex(idNumber)))?.sub;
}

/**
 * The blind index of the caller's own resident ID number when it was bound to their account after real-name
 * verification (the key of their record in the person registry), or undefined: no profile, no number, or a
 * number recorded before verification existed. Reads no personal data in the clear.
 */
export async function verifiedResidentIndex(principal: Pick<Principal, 'sub'>): Promise<string | undefined> {
  const record = await store.getProfile(principal.sub);
  if (!record?.blindIndex || !record.idVerifiedBy) return undefined;
  const binding = await store.getBinding(record.blindIndex);
  return binding?.sub === principal.sub ? record.blindIndex : undefined;
}
