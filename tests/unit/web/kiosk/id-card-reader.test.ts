import { describe, expect, it } from 'vitest';
import {
  IdCardReadError,
  idNumberTail,
  manualEntryProblems,
  maskedName,
  normaliseManualEntry,
} from '../../../../web/lib/kiosk/id-card-reader.js';
import { manualEntryReader } from '../../../../web/lib/kiosk/id-card-reader-manual.js';

// citizen1's demo number (infra/local/identity/demo-population.json) and one with an X check character.
const valid = { name: '陈小明', idNumber: '440104198503152014' };
const today = '20261207';

describe('a manually entered ID card', () => {
  it('is normalised: name trimmed, spaces dropped from the number, x upper-cased', () => {
    expect(normaliseManualEntry({ name: '  陈小明 ', idNumber: '440104 19850315 201x' })).toEqual({
      name: '陈小明',
      idNumber: '44010419850315201X',
    });
  });

  it('passes with a name and a GB 11643 number', () => {
    expect(manualEntryProblems(valid, today)).toBeUndefined();
  });

  it('names a missing or overlong name', () => {
    expect(manualEntryProblems({ ...valid, name: '' }, today)).toEqual({ name: 'nameMissing' });
    expect(manualEntryProblems({ ...valid, name: '陈'.repeat(31) }, today)).toEqual({ name: 'nameTooLong' });
  });

  it('refuses a number whose check character does not match', () => {
    expect(manualEntryProblems({ ...valid, idNumber: '440104198503152015' }, today)).toEqual({
      idNumber: 'checkDigit',
    });
  });

  it('refuses a wrong length, an unknown region, an impossible or future date of birth', () => {
    expect(manualEntryProblems({ ...valid, idNumber: '44010419850315201' }, today)?.idNumber).toBe('format');
    expect(manualEntryProblems({ ...valid, idNumber: '990104198503152014' }, today)?.idNumber).toBe('region');
    expect(manualEntryProblems({ ...valid, idNumber: '440104198502302014' }, today)?.idNumber).toBe('birthDate');
    expect(manualEntryProblems({ ...valid, idNumber: '440104202701012014' }, today)?.idNumber).toBe('futureBirthDate');
  });

  it('gives the lookup the last six characters and shows the name masked', () => {
    expect(idNumberTail(valid)).toBe('152014');
    expect(maskedName('陈小明')).toBe('陈**');
    expect(maskedName('陈')).toBe('陈');
  });
});

describe('the manual-entry reader', () => {
  it('reads what the visitor typed, normalised', async () => {
    const reader = manualEntryReader(async () => ({ name: ' 陈小明', idNumber: '440104198503152014 ' }), today);
    await expect(reader.read()).resolves.toEqual(valid);
  });

  it('rejects as cancelled when the visitor cancels', async () => {
    const reader = manualEntryReader(async () => undefined, today);
    await expect(reader.read()).rejects.toEqual(new IdCardReadError('cancelled'));
  });

  it('rejects as invalid an entry that skipped the form’s checks', async () => {
    const reader = manualEntryReader(async () => ({ name: '陈小明', idNumber: '440104198503152015' }), today);
    const failure = await reader.read().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IdCardReadError);
    expect((failure as IdCardReadError).reason).toBe('invalid');
  });
});
