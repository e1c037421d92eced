import { expect } from 'vitest';
import { chinaDate } from '../../functions/src/platform/clock.js';
import { api, tokenFor } from './api.js';

/** Helpers of the data sharing tests (issue 15): a request's body, and the audit entry of an action. */

const today = chinaDate();
const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;

/** A request for `fields` of `resourceId`, for a year from today. */
export const requestBody = (resourceId: string, fields: string[], overrides: Record<string, unknown> = {}) => ({
  resourceId,
  purpose: '核查辖区婚姻状况，用于市场主体登记的身份核验',
  fields,
  legalBasis: '《政务信息资源共享管理暂行办法》第十四条',
  periodFrom: today,
  periodTo: nextYear,
  ...overrides,
});

/** The succeeded audit entry of `action` on resource `id`, if any. */
export async function audited(action: string, id: string) {
  const res = await api('GET', `/api/audit?action=${action}&limit=200`, { token: await tokenFor('supervisor1') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.find(
    (e: { resource: { id: string }; outcome: string }) => e.resource.id === id && e.outcome === 'succeeded',
  ) as { actor: { username: string }; details: Record<string, string> } | undefined;
}
