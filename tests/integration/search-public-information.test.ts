import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

/** Site search over what the district publishes besides its catalog: the mailbox's public Q&A. */

const searchQa = async (q: string) =>
  (
    await api<{ items: { type: string; code: string; url: string; department: string }[] }>(
      'GET',
      `/api/search?q=${encodeURIComponent(q)}&type=qa`,
    )
  ).body.items;

describe('site search finds the public Q&A', () => {
  it('finds a consented consultation once it is answered, linking to its own page /mailbox/public/{letterNumber}', async () => {
    const word = `测试${Math.random().toString(36).slice(2, 8)}`;
    const written = await api('POST', '/api/letters', {
      token: await tokenFor('citizen1'),
      body: {
        type: 'consultation',
        topic: 'marriage',
        subject: `${word}能否周末办理结婚登记`,
        body: '请问越秀区婚姻登记处周末是否可以办理结婚登记，需要提前预约吗？',
        publishConsent: true,
        submissionToken: crypto.randomUUID(),
      },
    });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    const { letterId, letterNumber } = written.body.letter;
    // Other tests' letters share words with this one (测试…): only this letter's hits count.
    const own = async () => (await searchQa(word)).filter((hit) => hit.code === letterNumber);
    expect(await own()).toEqual([]);

    const answered = await api('POST', `/api/letters/${letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '您好：婚姻登记处周六上午开放，请通过越秀号提前预约后携带身份证、户口簿办理。' },
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(await own()).toEqual([
      {
        type: 'qa',
        code: letterNumber,
        url: `/mailbox/public/${letterNumber}`,
        department: 'civil-affairs',
        title: expect.anything(),
        snippet: expect.stringContaining('婚姻登记处'),
        score: expect.any(Number),
      },
    ]);
  });

  it('does not find a letter whose writer did not consent', async () => {
    const word = `测试${Math.random().toString(36).slice(2, 8)}`;
    const written = await api('POST', '/api/letters', {
      token: await tokenFor('citizen1'),
      body: {
        type: 'consultation',
        topic: 'marriage',
        subject: `${word}补领结婚证需要什么材料`,
        body: '请问补领结婚证需要带哪些材料，可以一个人去办理吗？',
        publishConsent: false,
        submissionToken: crypto.randomUUID(),
      },
    });
    await api('POST', `/api/letters/${written.body.letter.letterId}/answer`, {
      token: await tokenFor('officer1'),
      body: { answer: '您好：补领结婚证需双方携带身份证和户口簿到婚姻登记处办理。' },
    });
    const all = await api<{ items: { code: string }[] }>(
      'GET',
      `/api/search?q=${encodeURIComponent(`${word} 补领结婚证`)}&pageSize=50`,
    );
    expect(all.status).toBe(200);
    expect(all.body.items.map((i) => i.code)).not.toContain(written.body.letter.letterNumber);
  });
});
