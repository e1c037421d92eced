import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';

/**
 * Public information through the API: a department's head drafts, edits, publishes and withdraws a notice;
 * anyone reads and finds it while it is published, and only then.
 */

interface StaffNotice {
  id: string;
  status: string;
  version: number;
  title: string;
  versions?: { version: number; action: string; title: string }[];
}

const uniqueWord = () => `测试${Math.random().toString(36).slice(2, 8)}`;

async function draft(user: string, body: Record<string, unknown>) {
  const res = await api<StaffNotice>('POST', '/api/staff/notices', { token: await tokenFor(user), body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** The hits for this notice only: other tests publish notices whose words (测试…) the query shares. */
const searchInfo = async (q: string, id: string) =>
  (
    await api<{ items: { type: string; code: string; url: string }[] }>(
      'GET',
      `/api/search?q=${encodeURIComponent(q)}&type=info`,
    )
  ).body.items.filter((item) => item.code === id);

describe('notices (政府信息公开)', () => {
  it('goes from draft through edit and publication to search, and out again when withdrawn', async () => {
    const token = await tokenFor('head1');
    const word = uniqueWord();
    const created = await draft('head1', {
      kind: 'notice',
      title: `关于${word}婚姻登记窗口延时服务的通知`,
      body: '为方便群众办事，婚姻登记处周六上午照常办公。',
    });
    expect(created).toMatchObject({ status: 'draft', version: 1 });
    expect((await api('GET', `/api/notices/${created.id}`)).status).toBe(404);
    expect(await searchInfo(word, created.id)).toEqual([]);

    const edited = await api<StaffNotice>('PUT', `/api/staff/notices/${created.id}`, {
      token,
      body: {
        kind: 'notice',
        title: `关于${word}婚姻登记窗口延时服务的公告`,
        body: '为方便群众办事，婚姻登记处周六全天照常办公。',
        version: 1,
      },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.version).toBe(2);

    const published = await api<StaffNotice>('POST', `/api/staff/notices/${created.id}/publish`, {
      token,
      body: { version: 2 },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', version: 3 });

    const read = await api<{ title: string; departmentName: { zh: string } }>('GET', `/api/notices/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body.title).toContain('公告');
    expect(read.body.departmentName.zh).toBe('越秀区民政局');
    const list = await api<{ items: { id: string }[] }>('GET', '/api/notices?kind=notice&limit=50');
    expect(list.body.items.map((i) => i.id)).toContain(created.id);
    expect(await searchInfo(word, created.id)).toEqual([
      expect.objectContaining({ type: 'info', code: created.id, url: `/notices/${created.id}` }),
    ]);

    const history = await api<StaffNotice>('GET', `/api/staff/notices/${created.id}`, { token });
    expect(history.body.versions!.map((v) => v.action)).toEqual(['published', 'edited', 'created']);
    expect(history.body.versions![2]!.title).toContain('的通知');

    const withdrawn = await api<StaffNotice>('POST', `/api/staff/notices/${created.id}/withdrawal`, {
      token,
      body: { version: 3, reason: '内容有误' },
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await api('GET', `/api/notices/${created.id}`)).status).toBe(404);
    expect(await searchInfo(word, created.id)).toEqual([]);
  });

  it('refuses an edit at a stale version with 409 NOTICE_STALE and keeps the newer text', async () => {
    const token = await tokenFor('officer1');
    const created = await draft('officer1', {
      kind: 'notice',
      title: '关于长者饭堂的通知',
      body: '长者饭堂下周起增加晚餐供应。',
    });
    const body = { kind: 'notice', title: '关于长者饭堂助餐的通知', body: '长者饭堂下周起增加晚餐供应。', version: 1 };
    expect((await api('PUT', `/api/staff/notices/${created.id}`, { token, body })).status).toBe(200);
    const stale = await api<{ error: { code: string } }>('PUT', `/api/staff/notices/${created.id}`, {
      token: await tokenFor('head1'),
      body: { ...body, title: '迟到的修改内容' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('NOTICE_STALE');
    const current = await api<StaffNotice>('GET', `/api/staff/notices/${created.id}`, { token });
    expect(current.body).toMatchObject({ version: 2, title: '关于长者饭堂助餐的通知' });
  });

  it('lets no one without a token write, and no officer publish', async () => {
    const created = await draft('officer1', {
      kind: 'notice',
      title: '关于社区活动的通知',
      body: '社区将于周末举办便民活动。',
    });
    const anonymous = await api('POST', '/api/staff/notices', {
      body: { kind: 'notice', title: '匿名的通知标题', body: '匿名用户不能发布信息。' },
    });
    expect(anonymous.status).toBe(401);
    expect((await api('POST', `/api/staff/notices/${created.id}/publish`, { body: { version: 1 } })).status).toBe(401);
    const byOfficer = await api('POST', `/api/staff/notices/${created.id}/publish`, {
      token: await tokenFor('officer1'),
      body: { version: 1 },
    });
    expect(byOfficer.status).toBe(403);
    expect((await api('POST', '/api/staff/notices', { token: await tokenFor('citizen1'), body: {} })).status).toBe(403);
  });

  it("keeps another department's staff from reading, editing or publishing a notice (404)", async () => {
    const created = await draft('head1', {
      kind: 'notice',
      title: '关于低保复核的通知',
      body: '请低保家庭按时参加年度复核。',
    });
    const other = await tokenFor('head2');
    expect((await api('GET', `/api/staff/notices/${created.id}`, { token: other })).status).toBe(404);
    const edit = await api('PUT', `/api/staff/notices/${created.id}`, {
      token: await tokenFor('officer2'),
      body: { kind: 'notice', title: '别的部门的修改', body: '别的部门不能修改这条信息。', version: 1 },
    });
    expect(edit.status).toBe(404);
    expect(
      (await api('POST', `/api/staff/notices/${created.id}/publish`, { token: other, body: { version: 1 } })).status,
    ).toBe(404);
    const mine = await api<{ items: { id: string }[] }>('GET', '/api/staff/notices', { token: other });
    expect(mine.body.items.map((i) => i.id)).not.toContain(created.id);
  });

  it('links an interpretation to its policy document, and refuses a link to anything else (422)', async () => {
    const token = await tokenFor('head1');
    const policy = await draft('head1', {
      kind: 'policy',
      title: '区民政局关于印发《临时救助实施办法》的通知',
      body: '第一条 为规范临时救助工作，制定本办法。',
      documentNumber: '越民〔2026〕3号',
    });
    await api('POST', `/api/staff/notices/${policy.id}/publish`, { token, body: { version: 1 } });
    const interpretation = await draft('head1', {
      kind: 'interpretation',
      title: '《临时救助实施办法》政策解读',
      body: '本办法明确了临时救助的对象、标准和程序。',
      interprets: policy.id,
    });
    await api('POST', `/api/staff/notices/${interpretation.id}/publish`, { token, body: { version: 1 } });
    const read = await api<{ interprets?: { id: string } }>('GET', `/api/notices/${interpretation.id}`);
    expect(read.body.interprets?.id).toBe(policy.id);

    const wrong = await api<{ error: { code: string } }>('POST', '/api/staff/notices', {
      token,
      body: {
        kind: 'interpretation',
        title: '错误关联的解读',
        body: '关联到一条普通通知上。',
        interprets: interpretation.id,
      },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('NOTICE_LINK_INVALID');
  });

  it('names each bad field (400 INVALID_INPUT)', async () => {
    const res = await api<{ error: { code: string; details: { fields: { field: string }[] } } }>(
      'POST',
      '/api/staff/notices',
      { token: await tokenFor('head1'), body: { kind: 'memo', title: 'x', body: '' } },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields.map((f) => f.field).sort()).toEqual(['body', 'kind', 'title']);
  });

  it('audits every write', async () => {
    const created = await draft('head1', {
      kind: 'notice',
      title: '关于审计测试的通知',
      body: '这是一条用于审计测试的通知。',
    });
    const token = await tokenFor('head1');
    await api('POST', `/api/staff/notices/${created.id}/publish`, { token, body: { version: 1 } });
    await api('POST', `/api/staff/notices/${created.id}/withdrawal`, {
      token,
      body: { version: 2, reason: '测试撤回' },
    });
    const audit = await api<{ items: { action: string; resource: { id: string }; outcome: string }[] }>(
      'GET',
      '/api/audit?action=notices.withdraw&limit=200',
      { token: await tokenFor('supervisor1') },
    );
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    expect(audit.body.items.some((i) => i.resource.id === created.id)).toBe(true);
    const creations = await api<{ items: { resource: { id: string } }[] }>(
      'GET',
      '/api/audit?action=notices.create&limit=200',
      { token: await tokenFor('supervisor1') },
    );
    expect(creations.body.items.some((i) => i.resource.id === created.id)).toBe(true);
  });
});
