import { expect, type APIRequestContext } from '@playwright/test';
import { tokenFor } from './case-api.js';

/** A civil affairs notice to market supervision, drafted, reviewed and signed through the API. */
export async function signedDocument(
  request: APIRequestContext,
  title: string,
  body = '各有关单位：请组织学习并抓好落实。',
): Promise<string> {
  const as = async (user: string) => ({ authorization: `Bearer ${await tokenFor(request, user)}` });
  const created = await request.post('/api/official-documents', {
    headers: await as('officer1'),
    data: {
      title,
      type: 'notice',
      urgency: 'normal',
      security: 'internal',
      mainRecipients: ['market-supervision'],
      copyRecipients: [],
      body,
    },
  });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  const step = async (user: string, data: Record<string, unknown>) => {
    const res = await request.post(`/api/official-documents/${id}/actions`, { headers: await as(user), data });
    expect(res.status(), JSON.stringify(await res.json())).toBe(200);
  };
  await step('officer1', { action: 'submit', version: 1 });
  await step('head1', { action: 'review', decision: 'approve', opinion: '同意。' });
  await step('leader1', { action: 'sign', decision: 'sign', opinion: '同意印发。' });
  return id;
}
