import { describe, expect, it } from 'vitest';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { api, tokenFor } from '../support/api.js';

/**
 * Where a letter goes and who sees its writer: a dispatcher (or the department's head) re-routes a letter
 * with a reason, its inbox item moving with it; a letter about a service item goes to that item's
 * department; staff see the writer masked and reveal them only by asking, which is audited.
 */

const letter = (overrides: Record<string, unknown> = {}) => ({
  type: 'complaint',
  topic: 'marriage',
  subject: '小区门口占道经营无人处理',
  body: '我叫钱多多，电话 13822223333。小区门口长期有流动摊贩占道经营，影响通行，希望尽快处理。',
  publishConsent: false,
  submissionToken: crypto.randomUUID(),
  name: '钱多多',
  phone: '13822223333',
  ...overrides,
});

const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;

async function write(body: Record<string, unknown>) {
  const res = await api('POST', '/api/letters', { token: await tokenFor('citizen1'), body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.letter as { letterId: string; letterNumber: string; department: string; topic: string };
}

async function inboxItemOf(user: string, letterNumber: string) {
  const inbox = await api('GET', `/api/work-items?step=answer&q=${letterNumber}`, { token: await tokenFor(user) });
  expect(inbox.status, JSON.stringify(inbox.body)).toBe(200);
  return inbox.body.items.find((i: { caseNumber: string }) => i.caseNumber === letterNumber);
}

async function auditOf(username: string) {
  const res = await api('GET', `/api/audit?actor=${subOf(username)}&limit=200`, {
    token: await tokenFor('supervisor1'),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items as { action: string; resource: { id: string }; details?: Record<string, string> }[];
}

describe('re-routing a letter', () => {
  it('lets the dispatcher send a letter on with a reason: the inbox item moves and the history keeps it', async () => {
    const written = await write(letter());
    expect(written.department).toBe('civil-affairs');
    expect(await inboxItemOf('officer1', written.letterNumber)).toBeDefined();

    const dispatcher = await tokenFor('dispatcher1');
    const invalid = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: dispatcher,
      body: { department: 'nowhere', reason: '短' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'department',
      'reason',
    ]);
    const same = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: dispatcher,
      body: { department: 'civil-affairs', reason: '仍由民政局办理' },
    });
    expect(same.status).toBe(409);
    expect(same.body.error.code).toBe('SAME_DEPARTMENT');

    const moved = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: dispatcher,
      body: { department: 'urban-management', reason: '占道经营属城市管理职责' },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.department).toBe('urban-management');
    expect(moved.body.history.at(-1)).toMatchObject({
      event: 'rerouted',
      from: 'civil-affairs',
      department: 'urban-management',
      reason: '占道经营属城市管理职责',
      by: 'dispatcher1',
    });

    // Out of civil affairs' inbox (and out of its reach), into urban management's with the same due date.
    expect(await inboxItemOf('officer1', written.letterNumber)).toBeUndefined();
    expect((await api('GET', `/api/letters/${written.letterId}`, { token: await tokenFor('officer1') })).status).toBe(
      404,
    );
    const item = await inboxItemOf('officer-urban-management', written.letterNumber);
    expect(item).toMatchObject({ kind: 'letter', department: 'urban-management', dueDate: moved.body.dueDate });

    const audit = await auditOf('dispatcher1');
    expect(
      audit.some(
        (e) => e.action === 'letters.reroute' && e.resource.id === written.letterId && e.details?.status === '200',
      ),
    ).toBe(true);

    // Urban management answers it; an answered letter is not re-routed.
    const answer = await api('POST', `/api/letters/${written.letterId}/answer`, {
      token: await tokenFor('officer-urban-management'),
      body: { answer: '已安排执法队员到场劝离占道摊贩，并将加强巡查。' },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const late = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: dispatcher,
      body: { department: 'housing', reason: '再转住房保障部门' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('ALREADY_ANSWERED');
  });

  it("lets the department's head send on a letter of their own department only", async () => {
    const written = await write(letter());
    const moved = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: await tokenFor('head1'),
      body: { department: 'market-supervision', reason: '涉及食品经营，转市场监管' },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(await inboxItemOf('officer2', written.letterNumber)).toBeDefined();
    const back = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: await tokenFor('head1'),
      body: { department: 'civil-affairs', reason: '想要转回民政局' },
    });
    expect(back.status).toBe(404);
    const officer = await api('POST', `/api/letters/${written.letterId}/routing`, {
      token: await tokenFor('officer2'),
      body: { department: 'civil-affairs', reason: '想要转回民政局' },
    });
    expect(officer.status).toBe(403);
  });
});

describe('routing by service item', () => {
  it("sends a letter about an item to the item's department and names the item", async () => {
    const written = await write(letter({ type: 'consultation', topic: undefined, itemCode: '440104-RS-0001' }));
    expect(written).toMatchObject({
      department: 'human-resources-social-security',
      topic: 'employment',
      item: { code: '440104-RS-0001' },
    });
    expect(await inboxItemOf('officer-human-resources-social-security', written.letterNumber)).toBeDefined();
    expect(await inboxItemOf('officer1', written.letterNumber)).toBeUndefined();
  });

  it("lists the answered letter among the item's public answers, and not another item's", async () => {
    const written = await write(
      letter({ type: 'consultation', topic: undefined, itemCode: '440104-RS-0001', publishConsent: true }),
    );
    const answer = await api('POST', `/api/letters/${written.letterId}/answer`, {
      token: await tokenFor('officer-human-resources-social-security'),
      body: { answer: '失业登记可在网上办理，携带身份证即可，无需其他材料。' },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const numbers = async (query: string) => {
      const res = await api('GET', `/api/letters/public?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return (res.body.items as { letterNumber: string; item?: { code: string } }[]).map((i) => i.letterNumber);
    };
    expect(await numbers('item=440104-RS-0001&limit=50')).toContain(written.letterNumber);
    expect(await numbers('item=440104-MZ-0001&limit=50')).not.toContain(written.letterNumber);
    const bad = await api('GET', '/api/letters/public?item=RS-1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields[0].field).toBe('item');
  });

  it('refuses an unknown item and a letter with neither topic nor item, naming the field', async () => {
    const token = await tokenFor('citizen1');
    const unknown = await api('POST', '/api/letters', {
      token,
      body: letter({ topic: undefined, itemCode: '440104-MZ-9999' }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('UNKNOWN_ITEM');
    expect(unknown.body.error.details.fields[0].field).toBe('itemCode');
    const neither = await api('POST', '/api/letters', { token, body: letter({ topic: undefined }) });
    expect(neither.status).toBe(400);
    expect(neither.body.error.details.fields[0].field).toBe('topic');
  });
});

describe("revealing a letter's writer", () => {
  it('shows staff the writer masked, and in full only when asked, audited as an unmasking', async () => {
    const written = await write(letter());
    const token = await tokenFor('officer1');
    const masked = await api('GET', `/api/letters/${written.letterId}`, { token });
    expect(masked.status).toBe(200);
    expect(masked.body.writer).toBeUndefined();
    expect(JSON.stringify(masked.body.writerMasked)).not.toMatch(/钱多多|13822223333/);

    const badQuery = await api('GET', `/api/letters/${written.letterId}?reveal=yes`, { token });
    expect(badQuery.status).toBe(400);

    const revealed = await api('GET', `/api/letters/${written.letterId}?reveal=true`, { token });
    expect(revealed.status).toBe(200);
    expect(revealed.body.writer).toEqual({ name: '钱多多', phone: '13822223333' });
    expect(revealed.body.revealed).toEqual(['name', 'phone']);

    const audit = await auditOf('officer1');
    const unmask = audit.find((e) => e.action === 'personal.unmask' && e.resource.id === written.letterId);
    expect(unmask?.details?.fields).toBe('name|phone');
    expect(JSON.stringify(audit)).not.toMatch(/钱多多|13822223333/);

    // The writer reads their own letter as before: no reveal for writers.
    const own = await api('GET', `/api/letters/${written.letterId}?reveal=true`, { token: await tokenFor('citizen1') });
    expect(own.status).toBe(200);
    expect(own.body.writer).toBeUndefined();
  });
});
