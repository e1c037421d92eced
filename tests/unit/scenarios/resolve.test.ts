import { describe, expect, it } from 'vitest';
import type { PublishedGuide } from '../../../functions/src/catalog/model.js';
import { seedItems } from '../../../functions/src/catalog/seed/items.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import type { OutcomeNode } from '../../../functions/src/scenarios/model.js';
import { branchItems, walk } from '../../../functions/src/scenarios/resolve.js';
import { marriageRegistration } from '../../../functions/src/scenarios/seed/marriage.js';

const guides = new Map(
  seedItems.map((i) => [i.code, { ...i, publishedVersion: 1, publishedAt: '2025-01-01T00:00:00Z' } as PublishedGuide]),
);

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('walking a scenario', () => {
  it('asks the root question when nothing is answered', () => {
    const { at, path, node } = walk(marriageRegistration, {});
    expect([at, path, node.kind]).toEqual(['q-parties', [], 'question']);
  });

  it('asks the next unanswered question along the path, with the path so far', () => {
    const { at, path } = walk(marriageRegistration, { 'q-parties': 'mainland' });
    expect(at).toBe('q-history-mainland');
    expect(path.map((s) => [s.question, s.answer])).toEqual([['q-parties', 'mainland']]);
  });

  it('reaches a leaf and ignores answers to questions off the path', () => {
    const answers = {
      'q-parties': 'mainland',
      'q-history-mainland': 'first',
      'q-hukou-first': 'yes',
      'q-history-hmt': 'again',
    };
    const { at, node } = walk(marriageRegistration, answers);
    expect(at).toBe('leaf-mainland-first-join');
    expect(node.kind).toBe('outcome');
  });

  it('refuses an answer its question does not have with 400 naming the question', () => {
    const error = refusal(() => walk(marriageRegistration, { 'q-parties': 'martian' }));
    expect(error.status).toBe(400);
    expect(error.details).toEqual({
      fields: [{ field: 'answers.q-parties', message: expect.stringContaining('martian') }],
    });
  });

  it('refuses an answer to a node that is not a question', () => {
    const error = refusal(() => walk(marriageRegistration, { 'leaf-hmt-first': 'x', 'q-zzz': 'y' }));
    expect((error.details as { fields: { field: string }[] }).fields.map((f) => f.field)).toEqual([
      'answers.leaf-hmt-first',
      'answers.q-zzz',
    ]);
  });
});

describe('the materials of a branch', () => {
  const leaf = marriageRegistration.nodes['leaf-mainland-first-join'] as OutcomeNode;

  it('lists exactly the named materials of each item, with branch notes', () => {
    const items = branchItems('marriage-registration', leaf, guides);
    expect(items.map((i) => i.code)).toEqual(['440104-MZ-0001', '440104-GA-0007']);
    expect(items[0]!.materials.map((m) => m.name.zh)).toEqual([
      '双方居民身份证',
      '双方近期半身免冠合影照片',
      '申请结婚登记声明书',
    ]);
    expect(items[1]!.materials[0]).toMatchObject({ name: { zh: '结婚证' }, branchNote: { zh: '领取结婚证后办理' } });
  });

  it('reports a scenario outdated when an item is no longer published', () => {
    const withoutHukou = new Map([...guides].filter(([code]) => code !== '440104-GA-0007'));
    const error = refusal(() => branchItems('marriage-registration', leaf, withoutHukou));
    expect([error.status, error.code]).toEqual([409, 'SCENARIO_OUTDATED']);
  });
});
