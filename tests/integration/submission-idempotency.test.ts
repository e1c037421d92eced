import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { api, setCloudClock, tokenFor } from '../support/api.js';
import { onlineItem, requiredMaterials, sampleAnswers, workItemFor } from '../support/cases.js';

const minutesFrom = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('a duplicate submission (same submission token)', () => {
  afterAll(async () => {
    await setCloudClock(undefined);
  });

  it('answers with the existing case minutes after the first completed, and writes nothing new', async () => {
    // Prepare: a submission that went through: its materials are attached and its workflow is waiting.
    const token = await tokenFor('citizen2');
    const body = {
      itemCode: onlineItem,
      answers: await sampleAnswers(onlineItem),
      materials: await requiredMaterials(onlineItem, 'citizen2'),
      submissionToken: randomUUID(),
    };
    const first = await api('POST', '/api/cases', { token, body });
    expect(first.status).toBe(201);
    const caseId = first.body.caseId as string;
    await workItemFor(caseId, 'officer1', 'accept');
    const mine = async () => (await api('GET', '/api/cases', { token })).body.items as { caseId: string }[];
    const before = await mine();
    const stored = await api('GET', `/api/cases/${caseId}`, { token });
    const documentId = body.materials[0]!.documentIds[0]!;
    const documentBefore = await api('GET', `/api/documents/${documentId}`, { token });

    // Act: the browser sends the same submission again, minutes later.
    const clock = await api<{ now: string }>('GET', '/api/_local/clock');
    await setCloudClock(minutesFrom(clock.body.now, 7));
    const again = await api('POST', '/api/cases', { token, body });
    await setCloudClock(minutesFrom(clock.body.now, 42));
    const later = await api('POST', '/api/cases', { token, body });

    // Assess: the same case, unchanged; no new case, case number or attachment.
    for (const duplicate of [again, later]) {
      expect(duplicate.status, JSON.stringify(duplicate.body)).toBe(200);
      expect(duplicate.body).toMatchObject({
        caseId,
        caseNumber: first.body.caseNumber,
        version: stored.body.version,
        updatedAt: stored.body.updatedAt,
      });
    }
    expect((await mine()).map((c) => c.caseId)).toEqual(before.map((c) => c.caseId));
    const documentAfter = await api('GET', `/api/documents/${documentId}`, { token });
    expect(documentAfter.body.check).toEqual(documentBefore.body.check);
    const inbox = await api('GET', `/api/work-items?caseId=${caseId}`, { token: await tokenFor('officer1') });
    expect((inbox.body.items as { caseId: string }[]).filter((i) => i.caseId === caseId)).toHaveLength(1);
  });

  it('still answers with the existing case when the duplicate was checked before the first attached its files', async () => {
    // Two sends of one submission race: whichever finds its materials already attached answers with the case.
    const token = await tokenFor('citizen2');
    const body = {
      itemCode: onlineItem,
      answers: await sampleAnswers(onlineItem),
      materials: await requiredMaterials(onlineItem, 'citizen2'),
      submissionToken: randomUUID(),
    };
    const results = await Promise.all(
      [0, 5, 10, 20, 40, 80].map(async (delay) => {
        await new Promise((r) => setTimeout(r, delay));
        return api('POST', '/api/cases', { token, body });
      }),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.caseId)).size).toBe(1);
  });
});
