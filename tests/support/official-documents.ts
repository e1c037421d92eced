import { api, tokenFor } from './api.js';

/** The official documents through the API, as a drafter, head, signer and recipients would use them. */

export interface OfficialDocumentBody {
  id: string;
  status: string;
  version: number;
  number?: string;
  contentHash?: string;
  department: string;
  history: { action: string; by: string; opinion?: string }[];
  receipts: {
    department: string;
    role: string;
    status: string;
    opinion?: string;
    proposal?: { mode: string; readers?: string[]; text: string; by: string };
    decision?: { decision: string; mode: string; readers?: string[]; opinion: string; by: string };
    reads?: { reader: string; readAt?: string; remark?: string }[];
    history?: { action: string; by: string; opinion?: string }[];
  }[];
  actions: string[];
}

let drafted = 0;

/** A draft of `drafter`'s department to market supervision (copy: health). */
export async function draftDocument(drafter = 'officer1', overrides: Record<string, unknown> = {}) {
  const n = ++drafted;
  const res = await api<OfficialDocumentBody>('POST', '/api/official-documents', {
    token: await tokenFor(drafter),
    body: {
      title: `关于测试公文流转${n}的通知`,
      type: 'notice',
      urgency: 'normal',
      security: 'internal',
      mainRecipients: ['market-supervision'],
      copyRecipients: ['health'],
      body: `各有关单位：这是第${n}份测试用的公文正文，请认真阅处。`,
      ...overrides,
    },
  });
  if (res.status !== 201) throw new Error(`draft failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** One action on a document as `user`. */
export async function act(user: string, id: string, body: Record<string, unknown>) {
  return api<OfficialDocumentBody>('POST', `/api/official-documents/${id}/actions`, {
    token: await tokenFor(user),
    body,
  });
}

/** A document of civil affairs taken to `until`: review (submitted), signing (reviewed) or signed. */
export async function documentAt(until: 'draft' | 'review' | 'signing' | 'signed', drafter = 'officer1') {
  const doc = await draftDocument(drafter);
  if (until === 'draft') return doc;
  await act(drafter, doc.id, { action: 'submit', version: 1 });
  if (until === 'review') return doc;
  const head = doc.department === 'market-supervision' ? 'head2' : 'head1';
  await act(head, doc.id, { action: 'review', decision: 'approve', opinion: '同意。' });
  if (until === 'signing') return doc;
  const signer = doc.department === 'civil-affairs' ? 'leader1' : head;
  const signed = await act(signer, doc.id, { action: 'sign', decision: 'sign', opinion: '同意印发。' });
  if (signed.status !== 200) throw new Error(`sign failed: ${signed.status} ${JSON.stringify(signed.body)}`);
  return signed.body;
}

/** A user's open inbox items of one document (the inbox filtered by it: a busy inbox's first page may not hold it). */
export async function documentInboxItems(user: string, documentId: string) {
  const res = await api<{ items: { kind?: string; caseId: string; step: string; claimedBy?: string }[] }>(
    'GET',
    `/api/work-items?caseId=${documentId}&limit=100`,
    { token: await tokenFor(user) },
  );
  return res.body.items.filter((i) => i.kind === 'official-document');
}
