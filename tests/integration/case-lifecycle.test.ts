import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lookupAttemptsPerHour } from '../../functions/src/cases/service.js';
import { api, tokenFor } from '../support/api.js';
import {
  caseWhen,
  decideStep,
  fileOnlineCase,
  onlineItem,
  requiredMaterials,
  sampleAnswers,
  workItemFor,
} from '../support/cases.js';

async function outboxFor(reference: string) {
  const res = await api('GET', '/api/admin/outbox', { token: await tokenFor('admin1') });
  return (res.body.items as { reference: string; subject: string }[]).filter((m) => m.reference === reference);
}

describe('the life of a case (online)', () => {
  it('is accepted, reviewed, decided and completed; the citizen downloads the result and rates it', async () => {
    const filed = await fileOnlineCase('citizen1');
    const caseId = filed.body.caseId as string;
    expect(filed.body).toMatchObject({ status: 'submitted', channel: 'online', itemCode: onlineItem });
    expect(filed.body.caseNumber).toMatch(/^YX-\d{8}-\d{6}$/);
    expect(filed.body.materials[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    await decideStep(caseId, 'officer1', 'accept', 'accept');
    const accepted = await caseWhen(caseId, 'citizen1', (c) => c.clock.dueDate !== undefined);
    expect(accepted.clock).toMatchObject({ limitDays: 10, level: 'green' });
    await decideStep(caseId, 'officer1', 'review', 'approve');
    await decideStep(caseId, 'head1', 'decide', 'approved', '符合条件');
    const done = await caseWhen(caseId, 'citizen1', (c) => c.status === 'completed');
    expect(done.timeline.map((t: { status: string }) => t.status)).toEqual([
      'submitted',
      'accepted',
      'in_review',
      'deciding',
      'approved',
      'completed',
    ]);
    expect(done.result).toMatchObject({ outcome: 'approved', comment: '符合条件' });
    expect(done.answers.applicantName).toBe('张晓明');

    const token = await tokenFor('citizen1');
    const result = await fetch(`${(await import('../support/api.js')).origin()}/api/cases/${caseId}/result.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await result.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    const rated = await api('POST', `/api/cases/${caseId}/rating`, { token, body: { score: 5, comment: '很快' } });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toMatchObject({ score: 5, comment: '很快' });
    const again = await api('POST', `/api/cases/${caseId}/rating`, { token, body: { score: 1 } });
    expect(again.status).toBe(409);

    const messages = await outboxFor(caseId);
    expect(messages.map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining('已受理'), expect.stringContaining('已办结')]),
    );
  });

  it('stops the clock for a correction (补正) and resumes it when the citizen sends it', async () => {
    const filed = await fileOnlineCase('citizen1');
    const caseId = filed.body.caseId as string;
    await decideStep(caseId, 'officer1', 'accept', 'accept');
    await decideStep(caseId, 'officer1', 'review', 'correct', '请补充近期照片');
    const waiting = await caseWhen(caseId, 'citizen1', (c) => c.status === 'needs_correction');
    expect(waiting.correction).toMatchObject({ reason: '请补充近期照片' });
    expect(waiting.clock.level).toBe('paused');
    expect(waiting.clock.pauses).toHaveLength(1);

    const token = await tokenFor('citizen1');
    const stale = await api('POST', `/api/cases/${caseId}/correction`, {
      token,
      body: { answers: waiting.answers, materials: [], version: waiting.version - 1 },
    });
    expect(stale.status).toBe(409);
    const bad = await api('POST', `/api/cases/${caseId}/correction`, {
      token,
      body: { answers: { ...waiting.answers, mobile: '12' }, materials: [], version: waiting.version },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields[0].field).toBe('answers.mobile');

    const sent = await api('POST', `/api/cases/${caseId}/correction`, {
      token,
      body: { answers: { ...waiting.answers, remarks: '已补充' }, materials: [], version: waiting.version },
    });
    expect(sent.status).toBe(200);
    expect(sent.body.clock.pauses[0].to).toBeDefined();
    // The review opens again in the officer's inbox as back after the correction (the status filter).
    const back = await workItemFor(caseId, 'officer1', 'review');
    const resubmitted = await api('GET', `/api/work-items?status=resubmitted&q=${filed.body.caseNumber}`, {
      token: await tokenFor('officer1'),
    });
    expect(resubmitted.body.items).toMatchObject([{ workItemId: back.workItemId, state: 'resubmitted' }]);
    await decideStep(caseId, 'officer1', 'review', 'approve');
    await decideStep(caseId, 'head1', 'decide', 'rejected', '不符合年龄条件');
    const done = await caseWhen(caseId, 'citizen1', (c) => c.status === 'completed');
    expect(done.result.outcome).toBe('rejected');
  });

  it('refuses at acceptance, with a reason the citizen sees', async () => {
    const filed = await fileOnlineCase('citizen1');
    const caseId = filed.body.caseId as string;
    const refusal = await api(
      'POST',
      `/api/work-items/${(await workItemFor(caseId, 'officer1', 'accept')).workItemId}/decision`,
      {
        token: await tokenFor('officer1'),
        body: { outcome: 'reject' },
      },
    );
    expect(refusal.status).toBe(400);
    await decideStep(caseId, 'officer1', 'accept', 'reject', '不属于本部门职责');
    const done = await caseWhen(caseId, 'citizen1', (c) => c.status === 'not_accepted');
    expect(done.result).toMatchObject({ outcome: 'not_accepted', comment: '不属于本部门职责' });
  });
});

describe('submission rules', () => {
  it('makes one case of duplicate and concurrent submissions with the same token', async () => {
    const token = await tokenFor('citizen2');
    const body = {
      itemCode: onlineItem,
      answers: await sampleAnswers(onlineItem),
      materials: await requiredMaterials(onlineItem, 'citizen2'),
      submissionToken: randomUUID(),
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => api('POST', '/api/cases', { token, body })));
    const ids = new Set(results.map((r) => r.body.caseId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.every((r) => r.status === 201 || r.status === 200)).toBe(true);
  });

  it('says which field, material or file is wrong, and writes nothing', async () => {
    const token = await tokenFor('citizen2');
    const mine = async () => (await api('GET', '/api/cases', { token })).body.items.length as number;
    const before = await mine();
    const answers = await sampleAnswers(onlineItem);
    const materials = await requiredMaterials(onlineItem, 'citizen2');
    const submit = (body: Record<string, unknown>) =>
      api('POST', '/api/cases', {
        token,
        body: { itemCode: onlineItem, answers, materials, submissionToken: randomUUID(), ...body },
      });

    const badForm = await submit({ answers: { ...answers, idNumber: '440104199001011230' } });
    expect(badForm.status).toBe(422);
    expect(badForm.body.error.details.fields).toEqual([
      expect.objectContaining({ field: 'answers.idNumber', code: 'residentId' }),
    ]);
    const missing = await submit({ materials: [] });
    expect(missing.status).toBe(422);
    expect(missing.body.error.code).toBe('MATERIAL_MISSING');
    const notMine = await submit({ materials: await requiredMaterials(onlineItem, 'citizen1') });
    expect(notMine.status).toBe(422);
    expect(notMine.body.error.details.field).toBe('materials.0.documentIds.0');
    const counterOnly = await submit({ itemCode: '440104-MZ-0001' });
    expect(counterOnly.status).toBe(422);
    expect(counterOnly.body.error.code).toBe('ITEM_NOT_ONLINE');
    const unknown = await submit({ itemCode: '440104-MZ-0999' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('ITEM_NOT_PUBLISHED');
    expect(await mine()).toBe(before);
  });

  it('lets exactly one of two officers decide a work item; claims are respected', async () => {
    const filed = await fileOnlineCase('citizen2');
    const item = await workItemFor(filed.body.caseId, 'officer1', 'accept');
    const head = await tokenFor('head1');
    const officer = await tokenFor('officer1');
    const claim = await api('POST', `/api/work-items/${item.workItemId}/claim`, { token: officer });
    expect(claim.status).toBe(200);
    expect(claim.body.claimedBy).toBe('officer1');
    const taken = await api('POST', `/api/work-items/${item.workItemId}/claim`, { token: head });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('CLAIMED_BY_OTHER');
    expect((await api('POST', `/api/work-items/${item.workItemId}/release`, { token: officer })).status).toBe(200);

    const decisions = await Promise.all(
      [officer, head].map((token) =>
        api('POST', `/api/work-items/${item.workItemId}/decision`, { token, body: { outcome: 'accept' } }),
      ),
    );
    expect(decisions.map((d) => d.status).sort()).toEqual([200, 409]);
    expect(decisions.find((d) => d.status === 409)!.body.error.code).toBe('ALREADY_DECIDED');
  });

  it('finds a case by number and ID tail without an account, and nothing for a wrong tail', async () => {
    const filed = await fileOnlineCase('citizen2');
    const idNumber = (await sampleAnswers(onlineItem)).idNumber as string;
    const found = await api('POST', '/api/cases/lookup', {
      body: { caseNumber: filed.body.caseNumber, idTail: idNumber.slice(-6) },
    });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ caseNumber: filed.body.caseNumber, status: 'submitted' });
    expect(JSON.stringify(found.body)).not.toContain(idNumber);
    const guess = (idTail: string) =>
      api('POST', '/api/cases/lookup', { body: { caseNumber: filed.body.caseNumber, idTail } });
    for (let i = 0; i < lookupAttemptsPerHour; i++) expect((await guess('000000')).status).toBe(404);
    // Then the case number is locked for the hour, even for the right tail, from any address.
    const locked = await guess(idNumber.slice(-6));
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('LOOKUP_LOCKED');
  });
});
