import { randomUUID } from 'node:crypto';
import { reliefItemCode } from '../../functions/src/relief/programs.js';
import { expect } from 'vitest';
import { api, eventually, tokenFor } from './api.js';
import { requiredMaterials, sampleAnswers } from './cases.js';

/** A household of three under the subsistence line: a child at school, a grandmother of 82 with grade-2 disability. */
export const poorHousehold = {
  members: [
    { name: '陈小明', relation: 'self', age: 45, unemployed: true },
    { name: '陈一', relation: 'child', age: 10, schooling: 'compulsory' },
    { name: '陈奶奶', relation: 'parent', age: 82, disability: '2', seriousIllness: true },
  ],
  monthlyIncome: 3600,
  financialAssets: 20000,
  housing: 'rented',
  housingArea: 36,
  emergency: false,
};

/** The body of a relief application by `user` for `programs`, with sample answers and the required materials. */
export async function reliefApplication(user: string, programs: string[], household: object = poorHousehold) {
  return {
    household,
    programs,
    answers: await sampleAnswers(reliefItemCode),
    materials: await requiredMaterials(reliefItemCode, user),
    submissionToken: randomUUID(),
  };
}

/** Decides the relief case's opinion item of `program` as `user` (the item waits in the department's inbox). */
export async function decideProgram(caseId: string, user: string, program: string, outcome: string, comment = '') {
  const token = await tokenFor(user);
  const item = await eventually(async () => {
    const inbox = await api('GET', `/api/work-items?caseId=${caseId}`, { token });
    return (inbox.body.items as { workItemId: string; program?: string; step: string }[]).find(
      (i) => i.step === 'opinion' && i.program === program,
    );
  }, 20_000);
  const res = await api('POST', `/api/work-items/${item.workItemId}/decision`, { token, body: { outcome, comment } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
