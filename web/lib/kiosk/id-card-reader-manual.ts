import {
  IdCardReadError,
  manualEntryProblems,
  normaliseManualEntry,
  type IdCardReader,
  type IdCardReading,
} from './id-card-reader';

/**
 * The local adapter of the ID-card reader port: the visitor types the card's name and number. `askVisitor`
 * shows the entry form and settles with what was typed, or with undefined when the visitor cancels; the
 * reading is checked here again, so a form that skipped its own checks cannot pass an invalid number on.
 */
export function manualEntryReader(
  askVisitor: () => Promise<{ name: string; idNumber: string } | undefined>,
  today?: string,
): IdCardReader {
  return {
    async read(): Promise<IdCardReading> {
      const typed = await askVisitor();
      if (typed === undefined) throw new IdCardReadError('cancelled');
      const reading = normaliseManualEntry(typed);
      if (manualEntryProblems(reading, today)) throw new IdCardReadError('invalid');
      return reading;
    },
  };
}
