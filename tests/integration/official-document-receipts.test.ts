import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import {
  act,
  documentAt,
  documentInboxItems as inboxItems,
  type OfficialDocumentBody,
} from '../support/official-documents.js';

/**
 * A received document (收文) through the API, across two departments: civil affairs signs and dispatches it to
 * market supervision (main) and health (copy); there the document clerk registers it (登记) and proposes (拟办),
 * the head decides (批办), and an officer handles it (办结) or each named reader reads it (传阅), each step in the
 * one staff inbox of whoever is to act — and refused to the wrong role, department or reader, and to bad input.
 */

const clerk = 'docclerk-market-supervision';
const get = async (user: string, id: string) =>
  api<OfficialDocumentBody>('GET', `/api/official-documents/${id}`, { token: await tokenFor(user) });
const receiptOf = (doc: OfficialDocumentBody, department = 'market-supervision') =>
  doc.receipts.find((r) => r.department === department);
const steps = async (user: string, id: string) => (await inboxItems(user, id)).map((i) => i.step);
const fieldsOf = (body: unknown) =>
  ((body as { error?: { details?: { fields?: { field: string }[] } } }).error?.details?.fields ?? []).map(
    (f) => f.field,
  );

describe('a received official document (收文)', () => {
  it('is registered, proposed for circulation, decided and read by each named reader', async () => {
    const doc = await documentAt('signed');
    expect(await steps(clerk, doc.id)).toEqual(['docReceive']);

    // Registration is the clerk's: not an officer's, nor another department's, nor the drafting one's.
    expect((await act('officer2', doc.id, { action: 'register' })).status).toBe(403);
    expect((await act('docclerk-education', doc.id, { action: 'register' })).status).toBe(404);
    expect((await act('head1', doc.id, { action: 'register' })).status).toBe(409);
    const registered = await act(clerk, doc.id, { action: 'register', opinion: '收文登记。' });
    expect(registered.status, JSON.stringify(registered.body)).toBe(200);
    expect(receiptOf(registered.body)).toMatchObject({ status: 'registered', registeredBy: clerk });
    expect(registered.body.actions).toEqual(['propose']);
    expect(await steps(clerk, doc.id)).toEqual(['docPropose']);
    // The copy recipient's receipt is its own, untouched.
    expect(receiptOf(registered.body, 'health')?.status).toBe('pending');

    // Bad proposals name the field.
    const noReaders = await act(clerk, doc.id, { action: 'propose', mode: 'circulate', proposal: '请传阅。' });
    expect(noReaders.status).toBe(400);
    expect(fieldsOf(noReaders.body)).toEqual(['readers']);
    const handleWithReaders = await act(clerk, doc.id, {
      action: 'propose',
      mode: 'handle',
      readers: ['officer2'],
      proposal: '请办理。',
    });
    expect(fieldsOf(handleWithReaders.body)).toEqual(['readers']);
    const twice = await act(clerk, doc.id, {
      action: 'propose',
      mode: 'circulate',
      readers: ['officer2', 'officer2'],
      proposal: '请传阅。',
    });
    expect(fieldsOf(twice.body)).toEqual(['readers']);
    const badMode = await act(clerk, doc.id, { action: 'propose', mode: 'file', proposal: '请阅。' });
    expect(fieldsOf(badMode.body)).toEqual(['mode']);
    expect(fieldsOf((await act(clerk, doc.id, { action: 'propose', mode: 'handle', proposal: '' })).body)).toEqual([
      'proposal',
    ]);
    expect((await act('officer2', doc.id, { action: 'propose', mode: 'handle', proposal: '请办理。' })).status).toBe(
      403,
    );

    const proposed = await act(clerk, doc.id, {
      action: 'propose',
      mode: 'circulate',
      readers: ['officer2'],
      proposal: '拟请王审核阅知。',
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(200);
    expect(receiptOf(proposed.body)).toMatchObject({
      status: 'proposed',
      proposal: { mode: 'circulate', readers: ['officer2'], text: '拟请王审核阅知。', by: clerk },
    });
    expect(await steps(clerk, doc.id)).toEqual([]);
    expect(await steps('head2', doc.id)).toEqual(['docDecide']);

    // The head decides: not the clerk; agreeing keeps the mode; the head names the readers anew.
    expect((await act(clerk, doc.id, { action: 'decide', decision: 'agree', opinion: '同意。' })).status).toBe(403);
    const agreeWithMode = await act('head2', doc.id, {
      action: 'decide',
      decision: 'agree',
      mode: 'handle',
      opinion: '同意。',
    });
    expect(fieldsOf(agreeWithMode.body)).toEqual(['mode']);
    expect(
      fieldsOf((await act('head2', doc.id, { action: 'decide', decision: 'change', opinion: '改。' })).body),
    ).toEqual(['mode']);
    const decided = await act('head2', doc.id, {
      action: 'decide',
      decision: 'agree',
      readers: ['officer2', 'officer3'],
      opinion: '同意，请两位同志传阅。',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(receiptOf(decided.body)).toMatchObject({
      status: 'decided',
      decision: { decision: 'agree', mode: 'circulate', readers: ['officer2', 'officer3'], by: 'head2' },
      reads: [{ reader: 'officer2' }, { reader: 'officer3' }],
    });
    expect(decided.body.actions).toEqual(['close']);
    expect(await steps('head2', doc.id)).toEqual([]);
    expect(await steps('officer2', doc.id)).toEqual(['docRead', 'docRead']);
    expect((await inboxItems('officer3', doc.id)).find((i) => i.claimedBy === 'officer3')?.step).toBe('docRead');

    // The drafting department sees the receipt's state, not its handling.
    const drafting = receiptOf((await get('officer1', doc.id)).body);
    expect(drafting?.status).toBe('decided');
    expect(drafting).not.toHaveProperty('proposal');
    expect(drafting).not.toHaveProperty('reads');

    // Only the named readers read, each once.
    expect((await act(clerk, doc.id, { action: 'read' })).status).toBe(403);
    expect((await act('officer1', doc.id, { action: 'read' })).status).toBe(409);
    expect(fieldsOf((await act('officer2', doc.id, { action: 'read', remark: 'x'.repeat(501) })).body)).toEqual([
      'remark',
    ]);
    expect((await get('officer2', doc.id)).body.actions).toEqual(['read']);
    const read = await act('officer2', doc.id, { action: 'read', remark: '已阅。' });
    expect(read.status, JSON.stringify(read.body)).toBe(200);
    expect(receiptOf(read.body)?.status).toBe('decided');
    expect(receiptOf(read.body)?.reads?.[0]).toMatchObject({ reader: 'officer2', remark: '已阅。' });
    expect(receiptOf(read.body)?.reads?.[0]?.readAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const again = await act('officer2', doc.id, { action: 'read' });
    expect(again.status).toBe(409);
    expect((again.body as unknown as { error: { code: string } }).error.code).toBe('OFFICIAL_DOCUMENT_ALREADY_READ');
    expect((await inboxItems('officer2', doc.id)).filter((i) => i.claimedBy === 'officer2')).toEqual([]);

    const last = await act('officer3', doc.id, { action: 'read' });
    expect(receiptOf(last.body)?.status).toBe('handled');
    expect(receiptOf(last.body)?.history?.map((e) => [e.action, e.by])).toEqual([
      ['registered', clerk],
      ['proposed', clerk],
      ['decided', 'head2'],
      ['read', 'officer2'],
      ['read', 'officer3'],
    ]);
    expect(await steps('officer3', doc.id)).toEqual([]);

    // Every step audited, with the department whose receipt it moved.
    const audit = await api<{
      items: { action: string; resource: { id: string }; details?: Record<string, string> }[];
    }>('GET', '/api/audit?action=official-documents.act&limit=200', { token: await tokenFor('supervisor1') });
    const acted = audit.body.items
      .filter((r) => r.resource.id === doc.id && r.details?.receivingDepartment === 'market-supervision')
      .map((r) => r.details?.action)
      .sort();
    expect(acted).toEqual(['decide', 'propose', 'read', 'read', 'register']);
  });

  it('is handled by an officer after the head changes a circulation into handling, in the copy department', async () => {
    const doc = await documentAt('signed');
    await act('docclerk-health', doc.id, { action: 'register' });
    await act('docclerk-health', doc.id, {
      action: 'propose',
      mode: 'circulate',
      readers: ['officer-health'],
      proposal: '拟传阅。',
    });
    // Another department's head decides nothing here.
    expect((await act('head2', doc.id, { action: 'decide', decision: 'agree', opinion: '同意。' })).status).toBe(409);
    const changed = await act('head-health', doc.id, {
      action: 'decide',
      decision: 'change',
      mode: 'handle',
      opinion: '请业务科办理并反馈。',
    });
    expect(receiptOf(changed.body, 'health')).toMatchObject({
      status: 'decided',
      decision: { decision: 'change', mode: 'handle' },
    });
    expect(receiptOf(changed.body, 'health')).not.toHaveProperty('reads');
    expect(await steps('officer-health', doc.id)).toEqual(['docHandle']);
    expect((await act('officer-health', doc.id, { action: 'read' })).status).toBe(409);
    expect((await act('officer-health', doc.id, { action: 'complete', opinion: '' })).status).toBe(400);
    const done = await act('officer-health', doc.id, { action: 'complete', opinion: '已落实。' });
    expect(receiptOf(done.body, 'health')).toMatchObject({ status: 'handled', handledBy: 'officer-health' });
    expect(await steps('officer-health', doc.id)).toEqual([]);
  });

  it('lets the head close a circulation before everyone has read it', async () => {
    const doc = await documentAt('signed');
    await act(clerk, doc.id, { action: 'register' });
    await act(clerk, doc.id, {
      action: 'propose',
      mode: 'circulate',
      readers: ['officer2', 'officer3'],
      proposal: '传阅。',
    });
    await act('head2', doc.id, { action: 'decide', decision: 'agree', opinion: '同意。' });
    await act('officer2', doc.id, { action: 'read' });
    expect((await act('officer2', doc.id, { action: 'close', opinion: '结束。' })).status).toBe(403);
    const closed = await act('head2', doc.id, { action: 'close', opinion: '已阅知，结束传阅。' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(receiptOf(closed.body)).toMatchObject({ status: 'handled', handledBy: 'head2' });
    expect(receiptOf(closed.body)?.reads?.map((r) => [r.reader, Boolean(r.readAt)])).toEqual([
      ['officer2', true],
      ['officer3', false],
    ]);
    expect(await steps('officer3', doc.id)).toEqual([]);
    expect((await act('officer3', doc.id, { action: 'read' })).status).toBe(409);
  });
});
