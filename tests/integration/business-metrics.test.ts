import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { submitCase } from '../../functions/src/cases/service.js';
import type { SubmitCaseInput } from '../../functions/src/cases/model.js';
import { resetClients } from '../../functions/src/platform/aws-clients.js';
import { resetConfig } from '../../functions/src/platform/config.js';
import { principalFromClaims } from '../../functions/src/platform/principal.js';
import { resetKeyService } from '../../functions/src/platform/personal-data/keys.js';
import { tokenFor } from '../support/api.js';
import { onlineItem, requiredMaterials, sampleAnswers } from '../support/cases.js';
import { countOf, emittedMetrics } from '../support/emf.js';

/** The operations dashboard's "Cases filed": counted once per new case, by channel, never for a retried submission. */
describe('business metrics of filing', () => {
  beforeAll(() => {
    // The filing runs in this process against the same local cloud, as its API function would.
    Object.assign(process.env, inject('cloud').env);
    resetConfig();
    resetClients();
    resetKeyService();
  });

  it('counts a new online case once, and not its retried submission', async () => {
    const token = await tokenFor('citizen2');
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8'));
    const principal = principalFromClaims(claims);
    if (!principal) throw new Error('the demo token names no principal');
    const input = {
      itemCode: onlineItem,
      answers: await sampleAnswers(onlineItem),
      materials: await requiredMaterials(onlineItem, 'citizen2'),
      submissionToken: randomUUID(),
      pickup: { method: 'download' },
    } as unknown as SubmitCaseInput;

    const first = await emittedMetrics(() => submitCase(principal, input));
    expect(countOf(first, 'CasesFiled', { Channel: 'online' })).toBe(1);
    const retried = await emittedMetrics(() => submitCase(principal, input));
    expect(countOf(retried, 'CasesFiled')).toBe(0);
  });
});
