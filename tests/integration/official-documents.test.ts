import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import {
  act,
  documentAt,
  documentInboxItems as inboxItems,
  draftDocument,
  type OfficialDocumentBody,
} from '../support/official-documents.js';

/**
 * Official documents (公文) through the API: drafted, reviewed by the head, signed by the configured signer
 * (numbered, archived in the hash chain), dispatched to the recipients' inboxes, registered and handled there.
 */

const get = async (user: string, id: string) =>
  api<OfficialDocumentBody>('GET', `/api/official-documents/${id}`, { token: await tokenFor(user) });

describe('official documents (公文)', () => {
  it('goes from draft through review and signing to the recipients, who register and handle it', async () => {
    const doc = await draftDocument('officer1');
    expect(doc).toMatchObject({
      status: 'draft',
      version: 1,
      department: 'civil-affairs',
      actions: ['save', 'submit'],
    });

    const saved = await act('officer1', doc.id, {
      action: 'save',
      version: 1,
      content: {
        title: '关于测试公文修改后的通知',
        type: 'notice',
        urgency: 'urgent',
        security: 'public',
        mainRecipients: ['market-supervision'],
        copyRecipients: ['health'],
        body: '各有关单位：修改后的正文，请认真阅处。',
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);

    const submitted = await act('officer1', doc.id, { action: 'submit', version: 2 });
    expect(submitted.body.status).toBe('review');
    expect((await inboxItems('head1', doc.id)).some((i) => i.caseId === doc.id && i.step === 'docReview')).toBe(true);
    expect((await get('head1', doc.id)).body.actions).toEqual(['review']);

    const reviewed = await act('head1', doc.id, {
      action: 'review',
      decision: 'approve',
      opinion: '同意，请领导签发。',
    });
    expect(reviewed.body.status).toBe('signing');
    const signItem = (await inboxItems('leader1', doc.id)).find((i) => i.caseId === doc.id && i.step === 'docSign');
    expect(signItem?.claimedBy).toBe('leader1');
    // The head is not the configured signer of civil affairs.
    expect((await act('head1', doc.id, { action: 'sign', decision: 'sign', opinion: '同意。' })).status).toBe(403);

    const signed = await act('leader1', doc.id, { action: 'sign', decision: 'sign', opinion: '同意印发。' });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.number).toMatch(/^越民〔\d{4}〕\d+号$/);
    expect(signed.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.body.receipts.map((r) => [r.department, r.role, r.status]).sort()).toEqual([
      ['health', 'copy', 'pending'],
      ['market-supervision', 'main', 'pending'],
    ]);
    // Frozen: nobody saves a signed document.
    expect((await act('officer1', doc.id, { action: 'submit', version: 2 })).status).toBe(409);

    // Market supervision's document clerk registers it and proposes its handling, its head agrees (收文 ->
    // receipts.test.ts has every step and refusal), an officer handles it.
    const clerk = 'docclerk-market-supervision';
    expect((await inboxItems(clerk, doc.id)).some((i) => i.caseId === doc.id && i.step === 'docReceive')).toBe(true);
    const received = await get(clerk, doc.id);
    expect(received.body.actions).toEqual(['register']);
    expect((await act(clerk, doc.id, { action: 'register' })).status).toBe(200);
    await act(clerk, doc.id, { action: 'propose', mode: 'handle', proposal: '请业务科室办理。' });
    await act('head2', doc.id, { action: 'decide', decision: 'agree', opinion: '同意。' });
    const handled = await act('officer2', doc.id, { action: 'complete', opinion: '已传达并落实。' });
    expect(handled.status, JSON.stringify(handled.body)).toBe(200);
    expect(handled.body.receipts.find((r) => r.department === 'market-supervision')).toMatchObject({
      status: 'handled',
      opinion: '已传达并落实。',
    });
    expect((await inboxItems('officer2', doc.id)).some((i) => i.caseId === doc.id)).toBe(false);
    expect((await inboxItems(clerk, doc.id)).some((i) => i.caseId === doc.id)).toBe(false);

    const archive = await api<{ items: { id: string }[]; chain: { valid: boolean; entries: number } }>(
      'GET',
      '/api/official-documents?view=archive',
      { token: await tokenFor('head1') },
    );
    expect(archive.body.chain.valid).toBe(true);
    expect(archive.body.items.map((i) => i.id)).toContain(doc.id);
  });

  it('gives the department consecutive numbers in its year', async () => {
    const first = await documentAt('signed');
    const second = await documentAt('signed');
    const seq = (n?: string) => Number(/〕(\d+)号$/.exec(n ?? '')?.[1]);
    expect(seq(second.number)).toBe(seq(first.number) + 1);
  });

  it('returns a draft to the drafter with the opinion, who revises and submits again', async () => {
    const doc = await documentAt('review');
    const returned = await act('head1', doc.id, { action: 'review', decision: 'return', opinion: '请补充资金来源。' });
    expect(returned.body).toMatchObject({ status: 'draft', returned: { by: 'head1', opinion: '请补充资金来源。' } });
    expect((await inboxItems('officer1', doc.id)).find((i) => i.caseId === doc.id)).toMatchObject({
      step: 'docRevise',
      claimedBy: 'officer1',
    });
    const again = await act('officer1', doc.id, { action: 'submit', version: 1 });
    expect(again.body.status).toBe('review');
    expect((await inboxItems('officer1', doc.id)).some((i) => i.caseId === doc.id)).toBe(false);
  });

  it('keeps drafts from other departments and lets only the drafter submit', async () => {
    const doc = await draftDocument('officer1');
    expect((await get('officer2', doc.id)).status).toBe(404);
    expect((await act('head1', doc.id, { action: 'submit', version: 1 })).status).toBe(403);
    expect((await act('officer1', doc.id, { action: 'review', decision: 'approve', opinion: '同意。' })).status).toBe(
      409,
    );
  });

  it('refuses classified content and a department both main and copy recipient', async () => {
    const token = await tokenFor('officer1');
    const base = {
      title: '关于测试的通知',
      type: 'notice',
      urgency: 'normal',
      mainRecipients: ['health'],
      body: '测试用的公文正文内容。',
    };
    const secret = await api('POST', '/api/official-documents', { token, body: { ...base, security: 'secret' } });
    expect(secret.status).toBe(400);
    const both = await api('POST', '/api/official-documents', {
      token,
      body: { ...base, security: 'public', copyRecipients: ['health'] },
    });
    expect(both.status).toBe(400);
  });
});
