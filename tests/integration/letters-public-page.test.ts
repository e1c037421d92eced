import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

/**
 * One public letter by its number (`GET /api/public-letters/{letterNumber}`): a published consultation reads
 * as on the public Q&A, personal data removed; a letter not published and a number never used give the same
 * 404 (the site search's link to this page: search-public-information.test.ts).
 */

const consultation = (overrides: Record<string, unknown> = {}) => ({
  type: 'consultation',
  topic: 'marriage',
  subject: '补领结婚证需要哪些材料',
  body: '我叫钱多多，电话 13922223333。结婚证丢失了，补领需要带什么材料？',
  publishConsent: true,
  submissionToken: crypto.randomUUID(),
  name: '钱多多',
  phone: '13922223333',
  ...overrides,
});

async function written(body: Record<string, unknown>) {
  const res = await api('POST', '/api/letters', { token: await tokenFor('citizen1'), body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.letter as { letterId: string; letterNumber: string };
}

async function answer(letterId: string) {
  const res = await api('POST', `/api/letters/${letterId}/answer`, {
    token: await tokenFor('officer1'),
    body: { answer: '钱多多您好：补领结婚证请双方携带身份证和户口簿到婚姻登记处办理。' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

describe('the public letter by its number', () => {
  it('serves a published consultation without personal data', async () => {
    const letter = await written(consultation());
    await answer(letter.letterId);

    const res = await api('GET', `/api/public-letters/${letter.letterNumber}`);

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      letterNumber: letter.letterNumber,
      type: 'consultation',
      topic: 'marriage',
      department: 'civil-affairs',
      subject: '补领结婚证需要哪些材料',
    });
    expect(JSON.stringify(res.body)).not.toMatch(/钱多多|13922223333|letterId|owner/);
  });

  it('answers 404 alike for a letter without consent, one not yet answered and a number never used', async () => {
    const withoutConsent = await written(consultation({ publishConsent: false }));
    await answer(withoutConsent.letterId);
    const unanswered = await written(consultation());

    const statuses = await Promise.all(
      [withoutConsent.letterNumber, unanswered.letterNumber, 'YXL-19990101-999999'].map(async (n) => {
        const res = await api('GET', `/api/public-letters/${n}`);
        return [res.status, res.body.error?.code];
      }),
    );

    expect(statuses).toEqual([
      [404, 'NOT_FOUND'],
      [404, 'NOT_FOUND'],
      [404, 'NOT_FOUND'],
    ]);
  });

  it('refuses a malformed letter number with 400 naming the field', async () => {
    const res = await api('GET', '/api/public-letters/not-a-number');

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(res.body.error)).toContain('letterNumber');
  });
});
