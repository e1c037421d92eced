import { randomUUID } from 'node:crypto';
import { reliefItemCode } from '../../functions/src/relief/programs.js';
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
