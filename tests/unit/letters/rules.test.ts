import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../../../functions/src/letters/model.js';
import { writeLetterInput } from '../../../functions/src/letters/model.js';
import { answerLimitDays, departmentFor, letterTopics } from '../../../functions/src/letters/routing.js';
import {
  answered,
  mayRate,
  publicView,
  rated,
  reopenableUntil,
  reopened,
  rerouted,
} from '../../../functions/src/letters/rules.js';
import { AppError } from '../../../functions/src/platform/errors.js';

const writtenAt = '2026-03-02T02:00:00.000Z';

function letter(overrides: Partial<LetterRecord> = {}): LetterRecord {
  return {
    letterId: '6f1c2d3e-0000-4000-8000-000000000001',
    letterNumber: 'YXL-20260302-000001',
    type: 'consultation',
    topic: 'marriage',
    subject: '结婚登记需要预约吗',
    body: '我叫陈大文，电话 13800138000，想问结婚登记是否需要预约。',
    publishConsent: true,
    department: 'civil-affairs',
    status: 'awaiting_answer',
    round: 1,
    writtenAt,
    roundStartedAt: writtenAt,
    limitDays: 5,
    dueDate: '2026-03-09',
    answers: [],
    ratings: [],
    history: [{ at: writtenAt, event: 'written', round: 1 }],
    version: 1,
    ...overrides,
  };
}

const answer = (at = '2026-03-03T02:00:00.000Z') => ({
  text: '无需预约，请陈大文携带身份证和户口簿到婚姻登记处办理。',
  by: 'officer1',
  department: 'civil-affairs',
  at,
});

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
  return 'no error';
};

describe('routing table', () => {
  it('sends every topic to a department and times consultations at 5 working days, complaints at 15', () => {
    for (const topic of letterTopics) expect(departmentFor(topic.code)).toBe(topic.department);
    expect(departmentFor('food-safety')).toBe('market-supervision');
    expect(answerLimitDays.consultation).toBe(5);
    expect(answerLimitDays.complaint).toBe(15);
    expect(answerLimitDays.suggestion).toBe(15);
  });
});

describe('writing a letter', () => {
  it('names each bad field in its message', () => {
    const result = writeLetterInput.safeParse({
      type: 'praise',
      topic: 'marriage',
      subject: 'a',
      body: 'short',
      publishConsent: 'yes',
      phone: '123',
    });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['type', 'subject', 'body', 'publishConsent', 'phone']));
    expect(result.error!.issues.find((i) => i.path[0] === 'type')!.message).toMatch(/consultation, suggestion/);
  });

  it('accepts a landline with an area code and refuses unknown fields', () => {
    const base = {
      type: 'complaint',
      topic: 'other',
      subject: '噪音扰民问题',
      body: '夜间施工噪音很大，影响休息。',
      publishConsent: false,
      submissionToken: '0b7c3a52-6a34-4d8e-9d0e-3c1f2a4b5c6d',
    };
    expect(writeLetterInput.safeParse({ ...base, phone: '020-83001234' }).success).toBe(true);
    expect(writeLetterInput.safeParse({ ...base, department: 'tax' }).success).toBe(false);
  });
});

describe('answering', () => {
  it('records the answer and publishes a consented consultation without the writer’s name or phone', () => {
    const next = answered(letter(), answer(), ['陈大文']);
    expect(next.status).toBe('answered');
    expect(next.version).toBe(2);
    expect(next.answers).toHaveLength(1);
    const view = publicView(next)!;
    expect(view.body).not.toContain('陈大文');
    expect(view.body).not.toContain('13800138000');
    expect(view.answer).not.toContain('陈大文');
    expect(view.body).toContain('结婚登记');
    expect(JSON.stringify(view)).not.toMatch(/officer1|ratings/);
  });

  it('does not publish a complaint, or a consultation without consent', () => {
    expect(answered(letter({ type: 'complaint' }), answer(), []).published).toBeUndefined();
    expect(answered(letter({ publishConsent: false }), answer(), []).published).toBeUndefined();
  });

  it('refuses a second answer to the same round (409 ALREADY_ANSWERED)', () => {
    const once = answered(letter(), answer(), []);
    expect(codeOf(() => answered(once, answer(), []))).toBe('ALREADY_ANSWERED');
  });
});

describe('rating and reopening', () => {
  const due = () => '2026-04-01';

  it('rates the latest answer once', () => {
    expect(codeOf(() => rated(letter(), { satisfaction: 3, comment: '' }, writtenAt))).toBe('NOT_ANSWERED');
    const done = answered(letter(), answer(), []);
    expect(mayRate(done)).toBe(true);
    const r = rated(done, { satisfaction: 2, comment: '没说清楚' }, '2026-03-04T00:00:00.000Z');
    expect(r.ratings).toEqual([
      { round: 1, satisfaction: 2, comment: '没说清楚', ratedAt: '2026-03-04T00:00:00.000Z' },
    ]);
    expect(mayRate(r)).toBe(false);
    expect(codeOf(() => rated(r, { satisfaction: 5, comment: '' }, writtenAt))).toBe('ALREADY_RATED');
  });

  it('reopens within 15 days of the answer into a new round with its history, and not after', () => {
    const done = answered(letter(), answer('2026-03-03T02:00:00.000Z'), []);
    expect(reopenableUntil(done)).toBe('2026-03-18T02:00:00.000Z');
    const again = reopened(done, { reason: '还想知道需要哪些材料' }, '2026-03-18T01:59:59.000Z', due);
    expect(again.status).toBe('awaiting_answer');
    expect(again.round).toBe(2);
    expect(again.dueDate).toBe('2026-04-01');
    expect(again.answers).toHaveLength(1);
    expect(again.history.at(-1)).toMatchObject({ event: 'reopened', round: 2, reason: '还想知道需要哪些材料' });
    expect(codeOf(() => reopened(done, { reason: '太晚了也想再问' }, '2026-03-18T02:00:01.000Z', due))).toBe(
      'REOPEN_WINDOW_OVER',
    );
  });

  it('allows one reopening: the second answer is final', () => {
    const first = answered(letter(), answer(), []);
    const second = answered(
      reopened(first, { reason: '答复不完整' }, '2026-03-04T00:00:00.000Z', due),
      answer('2026-03-05T00:00:00.000Z'),
      [],
    );
    expect(second.answers.map((a) => a.round)).toEqual([1, 2]);
    expect(reopenableUntil(second)).toBeUndefined();
    expect(codeOf(() => reopened(second, { reason: '还是不满意' }, '2026-03-06T00:00:00.000Z', due))).toBe(
      'REOPEN_LIMIT',
    );
    // The published copy follows the latest answer but keeps its first date.
    expect(second.published!.publishedAt).toBe('2026-03-03T02:00:00.000Z');
  });
});

describe('re-routing', () => {
  const move = { department: 'urban-management', reason: '占道经营属城市管理职责', by: 'dispatcher1', at: writtenAt };

  it('moves a waiting letter to another department, keeping its round and due date, and records the move', () => {
    const next = rerouted(letter(), move);
    expect(next).toMatchObject({ department: 'urban-management', round: 1, dueDate: '2026-03-09', version: 2 });
    expect(next.history.at(-1)).toEqual({
      at: writtenAt,
      event: 'rerouted',
      round: 1,
      department: 'urban-management',
      from: 'civil-affairs',
      reason: '占道经营属城市管理职责',
      by: 'dispatcher1',
    });
  });

  it('refuses the department it is with already, and an answered letter', () => {
    expect(() => rerouted(letter(), { ...move, department: 'civil-affairs' })).toThrow(
      expect.objectContaining({ code: 'SAME_DEPARTMENT' }),
    );
    const done = answered(letter(), answer(), []);
    expect(() => rerouted(done, move)).toThrow(expect.objectContaining({ code: 'ALREADY_ANSWERED' }));
  });
});

describe('writing about a service item', () => {
  const base = {
    type: 'consultation',
    subject: '失业登记材料',
    body: '请问办理失业登记需要哪些材料？',
    publishConsent: false,
    submissionToken: '6f1c2d3e-0000-4000-8000-000000000009',
  };

  it('takes an item code without a topic, and refuses a letter with neither', () => {
    expect(writeLetterInput.safeParse({ ...base, itemCode: '440104-RS-0001' }).success).toBe(true);
    const neither = writeLetterInput.safeParse(base);
    expect(neither.success).toBe(false);
    expect(neither.error?.issues[0]?.path).toEqual(['topic']);
    const badCode = writeLetterInput.safeParse({ ...base, itemCode: 'RS-1' });
    expect(badCode.error?.issues.map((i) => i.path[0])).toContain('itemCode');
  });
});
