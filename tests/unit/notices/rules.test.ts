import { describe, expect, it } from 'vitest';
import { createNoticeInput, editNoticeInput, withdrawNoticeInput } from '../../../functions/src/notices/model.js';
import { drafted, edited, published, withdrawn } from '../../../functions/src/notices/rules.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { planNotices } from '../../../infra/local/demo/seed-demo-notices.js';

const head: Principal = { sub: 'h', username: 'head1', roles: ['head'], department: 'civil-affairs' };
const officer: Principal = { sub: 'o', username: 'officer1', roles: ['officer'], department: 'civil-affairs' };
const content = { kind: 'notice' as const, title: '关于婚姻登记的通知', body: '婚姻登记处周六上午照常办公。' };

describe('notice rules', () => {
  it('drafts version 1 of the author’s department', () => {
    // Prepare / Act
    const { record, version } = drafted('n-0001', 'civil-affairs', content, officer, '2026-03-01T00:00:00.000Z');
    // Assess
    expect(record).toMatchObject({ status: 'draft', version: 1, department: 'civil-affairs', createdBy: 'officer1' });
    expect(version).toMatchObject({ version: 1, action: 'created', by: 'officer1', title: content.title });
  });

  it('edits at the version read into a new version, and refuses a stale one with NOTICE_STALE', () => {
    const first = drafted('n-0001', 'civil-affairs', content, officer, '2026-03-01T00:00:00.000Z').record;
    const next = edited(
      first,
      { ...content, title: '关于婚姻登记的公告', version: 1 },
      head,
      '2026-03-02T00:00:00.000Z',
    );
    expect(next.record).toMatchObject({ version: 2, title: '关于婚姻登记的公告', updatedBy: 'head1' });
    expect(next.version.action).toBe('edited');
    expect(() => edited(next.record, { ...content, version: 1 }, head, '2026-03-03T00:00:00.000Z')).toThrow(
      expect.objectContaining({ status: 409, code: 'NOTICE_STALE' }),
    );
  });

  it('publishes once, keeps the first publication date after a withdrawal and republication', () => {
    const first = drafted('n-0001', 'civil-affairs', content, officer, '2026-03-01T00:00:00.000Z').record;
    const live = published(first, 1, head, '2026-03-05T00:00:00.000Z').record;
    expect(live).toMatchObject({ status: 'published', version: 2, publishedAt: '2026-03-05T00:00:00.000Z' });
    expect(() => published(live, 2, head, '2026-03-06T00:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'NOTICE_ALREADY_PUBLISHED' }),
    );
    const down = withdrawn(live, { version: 2, reason: '内容有误' }, head, '2026-03-07T00:00:00.000Z');
    expect(down.record).toMatchObject({ status: 'withdrawn', withdrawnAt: '2026-03-07T00:00:00.000Z' });
    expect(down.version).toMatchObject({ action: 'withdrawn', reason: '内容有误' });
    const again = published(down.record, 3, head, '2026-03-08T00:00:00.000Z').record;
    expect(again).toMatchObject({ status: 'published', publishedAt: '2026-03-05T00:00:00.000Z' });
    expect(again.withdrawnAt).toBeUndefined();
  });

  it('withdraws only a published notice (NOTICE_NOT_PUBLISHED)', () => {
    const first = drafted('n-0001', 'civil-affairs', content, officer, '2026-03-01T00:00:00.000Z').record;
    expect(() => withdrawn(first, { version: 1, reason: '撤回' }, head, '2026-03-02T00:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'NOTICE_NOT_PUBLISHED' }),
    );
  });

  it('keeps a policy link only on an interpretation', () => {
    const linked = { ...content, kind: 'interpretation' as const, interprets: 'p-0001' };
    const interpretation = drafted('n-0002', 'civil-affairs', linked, head, '2026-03-01T00:00:00.000Z').record;
    expect(interpretation.interprets).toBe('p-0001');
    const asNotice = edited(interpretation, { ...linked, kind: 'notice', version: 1 }, head, '2026-03-02T00:00:00Z');
    expect(asNotice.record.interprets).toBeUndefined();
  });
});

describe('notice input', () => {
  it('names each bad field with a clear message', () => {
    const result = createNoticeInput.safeParse({ kind: 'memo', title: 'x', body: '', extra: 1 });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.') || i.code);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'title', 'body']));
    expect(result.error!.issues.find((i) => i.path[0] === 'kind')!.message).toContain('notice, policy, interpretation');
  });

  it('asks for the version read on an edit and for a reason on a withdrawal', () => {
    expect(editNoticeInput.safeParse(content).success).toBe(false);
    expect(withdrawNoticeInput.safeParse({ version: 2 }).success).toBe(false);
    expect(withdrawNoticeInput.safeParse({ version: 2, reason: '内容过时' }).success).toBe(true);
  });
});

describe('demo notices', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');

  it('plans the same notices on every run, across kinds, departments and states', () => {
    const a = planNotices(300, now);
    const b = planNotices(300, now);
    expect(a).toEqual(b);
    const kinds = new Set(a.map((p) => p.record.kind));
    expect([...kinds].sort()).toEqual(['interpretation', 'notice', 'policy']);
    expect(new Set(a.map((p) => p.record.department)).size).toBeGreaterThanOrEqual(10);
    const statuses = a.map((p) => p.record.status);
    expect(statuses.filter((s) => s === 'published').length).toBeGreaterThan(250);
    expect(statuses).toContain('draft');
    expect(statuses).toContain('withdrawn');
  });

  it('links every interpretation to a published policy of its department, and its versions count up', () => {
    const plans = planNotices(300, now);
    const byId = new Map(plans.map((p) => [p.record.noticeId, p.record]));
    for (const { record, versions } of plans) {
      expect(versions.map((v) => v.version)).toEqual(versions.map((_, i) => i + 1));
      expect(versions.at(-1)!.version).toBe(record.version);
      expect(record.title).toMatch(/[\u4e00-\u9fff]/);
      if (record.kind !== 'interpretation') continue;
      const policy = byId.get(record.interprets!);
      expect(policy).toMatchObject({ kind: 'policy', department: record.department, status: 'published' });
    }
  });
});
