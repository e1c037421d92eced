import { openField, sealField } from '../platform/personal-data/field-encryption.js';
import { keyService } from '../platform/personal-data/keys.js';
import { maskName, maskPhone, maskResidentId } from '../platform/personal-data/masking.js';
import { blindIndexPurposes, dataKeyPurposes } from '../platform/personal-data/purposes.js';
import {
  columns,
  derivedFromId,
  type BuildingRow,
  type EntityRow,
  type PersonRow,
  type Provenance,
  type RegistryKind,
} from './model.js';
import { recordPrefix, type RecordVersion } from './store.js';

/**
 * From validated rows to stored versions and back. A person's personal fields (name, ID number, derived
 * sex and birth date, ethnicity, registration, address, phone) are sealed as one envelope-encrypted value
 * bound to the record key; the record is keyed by the blind index of the ID number (the same index the
 * profiles use, so an account and its registry person meet without plaintext).
 */
export type Row = PersonRow | EntityRow | BuildingRow;

export const personKey = async (idNumber: string) =>
  `${recordPrefix.persons}${await keyService().blindIndex(blindIndexPurposes.residentId, idNumber)}`;
export const entityKey = (creditCode: string) => `${recordPrefix.entities}${creditCode}`;
export const buildingKey = (code: string) => `${recordPrefix.buildings}${code}`;

/** The record key of a row. */
export async function keyOf(kind: RegistryKind, row: Row): Promise<string> {
  if (kind === 'persons') return personKey((row as PersonRow).idNumber);
  if (kind === 'entities') return entityKey((row as EntityRow).creditCode);
  return buildingKey((row as BuildingRow).code);
}

/** The keys a row refers to (they must exist). */
export async function refsOf(kind: RegistryKind, row: Row): Promise<string[]> {
  if (kind === 'persons') {
    const building = (row as PersonRow).buildingCode;
    return building ? [buildingKey(building)] : [];
  }
  if (kind === 'entities') return [await personKey((row as EntityRow).legalRepIdNumber)];
  return [];
}

const canonical = (kind: RegistryKind, row: Row) =>
  JSON.stringify(columns[kind].map((c) => (row as Record<string, unknown>)[c] ?? null));

/** Keyed hash of the row's content (no dictionary attack on ID numbers from a stored digest). */
export const contentHash = (kind: RegistryKind, row: Row) =>
  keyService().blindIndex(blindIndexPurposes.registryRow, canonical(kind, row));

const filledOf = (kind: RegistryKind, row: Row) =>
  columns[kind].filter((c) => {
    const v = (row as Record<string, unknown>)[c];
    return v !== undefined && v !== '';
  });

/** A name as compared for near-duplicates: full-width folded (NFKC), without spaces and middle dots. */
export const normalisedName = (name: string) => name.normalize('NFKC').replace(/[\s·•・.]/gu, '');

/**
 * What makes two names near-duplicates: equal once normalised, or — for names of three or more characters —
 * equal but for one character (张小明 / 张晓明). Two-character names must match exactly: 王伟 and 王芳 are
 * different people, not a typing slip.
 */
export function nameVariants(name: string): string[] {
  const characters = Array.from(normalisedName(name));
  const variants = [characters.join('')];
  if (characters.length >= 3)
    for (let i = 0; i < characters.length; i++) variants.push(characters.with(i, '\u0001').join(''));
  return variants;
}

/** Keyed hashes of a person's name variants at one building (nothing readable of the name is stored). */
const nearDuplicateKeys = (name: string, buildingCode: string) =>
  Promise.all(
    nameVariants(name).map((v) =>
      keyService().blindIndex(blindIndexPurposes.registryDuplicate, `${v}\u0000${buildingCode}`),
    ),
  );

/** The stored version of a row (`version` = the head's + 1). */
export async function toVersion(
  kind: RegistryKind,
  row: Row,
  pk: string,
  version: number,
  hash: string,
  provenance: Provenance,
): Promise<RecordVersion> {
  const base = { pk, kind, version, hash, ...provenance, filled: filledOf(kind, row), refs: await refsOf(kind, row) };
  if (kind === 'persons') {
    const p = row as PersonRow;
    const personal = { ...p, ...derivedFromId(p.idNumber) };
    const [sealed, dupKeys] = await Promise.all([
      sealField(keyService(), { purpose: dataKeyPurposes.registryPerson, recordKey: pk }, JSON.stringify(personal)),
      p.buildingCode ? nearDuplicateKeys(p.name, p.buildingCode) : undefined,
    ]);
    const data: Record<string, string> = { street: p.street };
    if (p.community) data.community = p.community;
    if (p.buildingCode) data.buildingCode = p.buildingCode;
    const masked: Record<string, string> = { name: maskName(p.name), idNumber: maskResidentId(p.idNumber) };
    if (p.phone) masked.phone = maskPhone(p.phone);
    return { ...base, data, sealed, masked, ...(dupKeys ? { dupKeys } : {}) };
  }
  if (kind === 'entities') {
    const { legalRepIdNumber, ...rest } = row as EntityRow;
    const data = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Record<string, string>;
    return { ...base, data, masked: { legalRepIdNumber: maskResidentId(legalRepIdNumber) } };
  }
  const data = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as Record<string, string>;
  return { ...base, data };
}

/** The personal fields of a person version, decrypted. */
export async function openPerson(version: RecordVersion): Promise<PersonRow & ReturnType<typeof derivedFromId>> {
  if (!version.sealed) throw new Error(`${version.pk} has no sealed personal fields`);
  const plain = await openField(
    keyService(),
    { purpose: dataKeyPurposes.registryPerson, recordKey: version.pk },
    version.sealed,
  );
  return JSON.parse(plain) as PersonRow & ReturnType<typeof derivedFromId>;
}
