import {
  residentIdProblem,
  type ResidentIdProblem,
} from '../../../functions/src/platform/personal-data/resident-id-rules';

/**
 * The kiosk's ID-card reader port (plan B3). A reading gives the holder's name and resident ID number; the
 * kiosk uses it at once (the case lookup takes the number's last six characters) and keeps it only in the
 * page's memory: never in storage, cookies, URLs or logs.
 *
 * Adapters:
 * - manual entry (`manualEntryReader`, id-card-reader-manual.ts): the visitor types name and number, checked
 *   as GB 11643 requires (region, date of birth, ISO 7064 check character). This is the local adapter and the
 *   only one built.
 * - the hardware reader is a seam, not implemented: a station's certified reader (e.g. one reading the card's
 *   chip through a local service on the station) would be a second adapter with the same `read()`, chosen
 *   once where the kiosk's track page builds its reader. No fake device stands in for it.
 */
export interface IdCardReading {
  name: string;
  /** Upper-case, 18 characters. */
  idNumber: string;
}

export interface IdCardReader {
  /** Reads one card; rejects with an IdCardReadError when the visitor cancels or the reading is invalid. */
  read(): Promise<IdCardReading>;
}

export type IdCardReadFailure = 'cancelled' | 'invalid';

export class IdCardReadError extends Error {
  constructor(readonly reason: IdCardReadFailure) {
    super(`ID card not read: ${reason}`);
    this.name = 'IdCardReadError';
  }
}

/** What is wrong with a manually entered card, by field (message keys of the Kiosk namespace's idCard*). */
export interface ManualEntryProblems {
  name?: 'nameMissing' | 'nameTooLong';
  idNumber?: ResidentIdProblem;
}

const nameMaxLength = 30;

/** Trims the name, drops spaces inside the number and upper-cases its check character. */
export function normaliseManualEntry(entry: { name: string; idNumber: string }): IdCardReading {
  return { name: entry.name.trim(), idNumber: entry.idNumber.replace(/\s+/g, '').toUpperCase() };
}

/** The problems of a manual entry, or undefined when it is a valid reading. `today` is YYYYMMDD (China time). */
export function manualEntryProblems(entry: IdCardReading, today?: string): ManualEntryProblems | undefined {
  const problems: ManualEntryProblems = {};
  if (entry.name === '') problems.name = 'nameMissing';
  else if ([...entry.name].length > nameMaxLength) problems.name = 'nameTooLong';
  const idProblem = today === undefined ? residentIdProblem(entry.idNumber) : residentIdProblem(entry.idNumber, today);
  if (idProblem) problems.idNumber = idProblem;
  return Object.keys(problems).length > 0 ? problems : undefined;
}

/** The last six characters of the number, which the public case lookup takes (身份证号码后六位). */
export const idNumberTail = (reading: IdCardReading) => reading.idNumber.slice(-6);

/** The name as the kiosk shows it back: the surname and one * per other character (陈**). */
export const maskedName = (name: string) => {
  const characters = [...name];
  return characters.length <= 1 ? name : `${characters[0]}${'*'.repeat(characters.length - 1)}`;
};
