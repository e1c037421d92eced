import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookupAttemptsPerClientHour, lookupAttemptsPerHour } from '../../functions/src/cases/service.js';
import { readPdf } from '../unit/pdf/pdf-reader.js';
import { api, origin, setCloudClock, tokenFor } from '../support/api.js';
import { fileOnlineCase, onlineItem, sampleAnswers } from '../support/cases.js';

/**
 * Issue 10 §4: the case lookup reserves an attempt atomically before it checks a guess, per case number and
 * per client address, so concurrent guesses cannot overrun the limit; the lookup code (查询码) printed on the
 * receipt still lets the real applicant in while the case number is locked for ID-tail guesses.
 */
let caseNumber: string;
let lookupCode: string;
let idTail: string;

const lookup = (body: Record<string, unknown>, from?: string) =>
  api('POST', '/api/cases/lookup', { body: { caseNumber, ...body }, ...(from ? { from } : {}) });

beforeAll(async () => {
  // Mid-hour, so the hourly budgets cannot roll over during the test.
  await setCloudClock('2026-06-15T02:20:00.000Z');
  const filed = await fileOnlineCase('citizen1');
  caseNumber = filed.body.caseNumber;
  idTail = ((await sampleAnswers(onlineItem)).idNumber as string).slice(-6);
  const res = await fetch(`${origin()}/api/cases/${filed.body.caseId}/receipt.pdf`, {
    headers: { authorization: `Bearer ${await tokenFor('citizen1')}` },
  });
  expect(res.status).toBe(200);
  const text = (await readPdf(new Uint8Array(await res.arrayBuffer()))).text;
  const printed = /Lookup code ([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(text.replace(/\s+/g, ' '));
  expect(printed, 'the receipt prints a lookup code').not.toBeNull();
  lookupCode = printed![1]!;
}, 120_000);

afterAll(() => setCloudClock(undefined));

describe('the case lookup throttle', () => {
  it('opens the case with the lookup code alone, or with the code and the ID tail', async () => {
    expect((await lookup({ lookupCode })).status).toBe(200);
    expect((await lookup({ lookupCode: lookupCode.toLowerCase().replace('-', '') })).status).toBe(200);
    expect((await lookup({ lookupCode, idTail })).body).toMatchObject({ caseNumber });
    expect((await lookup({ lookupCode, idTail: '000000' })).status).toBe(404);
  });

  it('lets at most the limit of 60 concurrent wrong ID-tail guesses be checked', async () => {
    const guesses = await Promise.all(Array.from({ length: 60 }, (_, i) => lookup({ idTail: String(100000 + i) })));
    const statuses = guesses.map((g) => g.status);
    expect(statuses.every((s) => s === 404 || s === 429)).toBe(true);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(lookupAttemptsPerHour);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(60 - lookupAttemptsPerHour);
    // The case number is now locked for ID-tail lookups, the right tail included…
    const locked = await lookup({ idTail });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('LOOKUP_LOCKED');
  });

  it('still lets the applicant with the receipt’s lookup code in', async () => {
    const res = await lookup({ lookupCode });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ caseNumber, itemName: expect.any(Object) });
    expect((await lookup({ lookupCode: 'ABCD-EFGH' })).status).toBe(404);
  });

  it('limits one client address across case numbers and codes, concurrently', async () => {
    const from = '127.0.3.7';
    const guesses = await Promise.all(
      Array.from({ length: lookupAttemptsPerClientHour + 15 }, (_, i) =>
        lookup(
          {
            lookupCode: `ZZZZ${String(2000 + i)
              .slice(-4)
              .replace(/[01]/g, '9')}`,
          },
          from,
        ),
      ),
    );
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(lookupAttemptsPerClientHour);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(15);
    for (const g of guesses.filter((x) => x.status === 429)) expect(g.body.error.code).toBe('LOOKUP_LOCKED');
    // Another address is not held to that address's budget.
    expect((await lookup({ lookupCode }, '127.0.3.8')).status).toBe(200);
  });

  it('refuses a lookup with neither a code nor an ID tail, naming the field', async () => {
    const res = await lookup({});
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toEqual([expect.objectContaining({ field: 'lookupCode' })]);
  });
});
