import { describe, expect, it } from 'vitest';
import type { DocumentReceipt, OfficialDocumentRecord } from '../../../functions/src/official-documents/model.js';
import type { Principal } from '../../../functions/src/platform/principal.js';
import { AppError } from '../../../functions/src/platform/errors.js';
import {
  documentSpans,
  receiptSpans,
  supervisedDocument,
  supervisedReceipt,
} from '../../../functions/src/supervision/documents-figures.js';
import { supervisionDocuments, type DocumentSource } from '../../../functions/src/supervision/documents.js';
import { seedCalendar as published } from '../../support/calendars.js';
import { at } from './cases.js';

/** Wednesday 2026-11-18. */
const now = at('2026-11-18', '10:00');
const supervisor: Principal = { sub: 's', username: 'supervisor1', roles: ['supervisor'] };
const civilHead: Principal = { sub: 'h', username: 'head1', roles: ['head'], department: 'civil-affairs' };
const calendar = async () => published;

type Event = OfficialDocumentRecord['history'][number];
const event = (action: Event['action'], when: string): Event => ({
  action,
  at: when,
  by: 'someone',
  department: 'civil-affairs',
  opinion: 'words supervision never reads',
});

let sequence = 0;
function document(
  over: Partial<OfficialDocumentRecord> & Pick<OfficialDocumentRecord, 'history'>,
): OfficialDocumentRecord {
  sequence += 1;
  return {
    documentId: `OD-${sequence}`,
    department: 'civil-affairs',
    drafter: 'officer1',
    drafterRole: 'officer',
    status: 'draft',
    version: 1,
    title: '不应被读取的标题',
    type: 'notice',
    urgency: 'normal',
    security: 'public',
    mainRecipients: ['health'],
    copyRecipients: [],
    body: '不应被读取的正文',
    createdAt: at('2026-11-02', '08:00'),
    updatedAt: at('2026-11-02', '08:00'),
    ...over,
  } as OfficialDocumentRecord;
}

/** Drafted Monday 11-02, submitted at 09:00, returned Tuesday, submitted again Wednesday, approved Monday 11-09. */
const returnedOnce = document({
  status: 'signing',
  urgency: 'urgent',
  history: [
    event('created', at('2026-11-02', '08:00')),
    event('submitted', at('2026-11-02')),
    event('returned', at('2026-11-03')),
    event('saved', at('2026-11-04', '08:00')),
    event('submitted', at('2026-11-04')),
    event('approved', at('2026-11-09')),
  ],
});
const signed = document({
  status: 'signed',
  type: 'report',
  history: [
    event('created', at('2026-11-10', '08:00')),
    event('submitted', at('2026-11-10')),
    event('approved', at('2026-11-10', '15:00')),
    event('signed', at('2026-11-11')),
  ],
  createdAt: at('2026-11-10', '08:00'),
});
const draft = document({ history: [event('created', at('2026-11-16'))], createdAt: at('2026-11-16') });

const receipt = (over: Partial<DocumentReceipt>): DocumentReceipt => ({
  documentId: signed.documentId,
  department: 'health',
  role: 'main',
  status: 'pending',
  dispatchedAt: at('2026-11-11'),
  ...over,
});

describe('the spans of a document’s steps', () => {
  it('opens a review at each submission, a signing at the approval, and ends them at a return or the signing', () => {
    const spans = documentSpans(supervisedDocument(returnedOnce));
    expect(spans).toEqual([
      { step: 'review', urgency: 'urgent', from: at('2026-11-02'), to: at('2026-11-03') },
      { step: 'review', urgency: 'urgent', from: at('2026-11-04'), to: at('2026-11-09') },
      { step: 'signing', urgency: 'urgent', from: at('2026-11-09') },
    ]);
    expect(documentSpans(supervisedDocument(signed)).map((s) => [s.step, s.to])).toEqual([
      ['review', at('2026-11-10', '15:00')],
      ['signing', at('2026-11-11')],
    ]);
    expect(documentSpans(supervisedDocument(draft))).toEqual([]);
  });

  it('times a receipt from its dispatch to registration, then to handling', () => {
    const handled = supervisedReceipt(
      receipt({ status: 'handled', registeredAt: at('2026-11-12'), handledAt: at('2026-11-13') }),
      'normal',
    );
    expect(receiptSpans(handled).map((s) => [s.step, s.from, s.to])).toEqual([
      ['registration', at('2026-11-11'), at('2026-11-12')],
      ['handling', at('2026-11-12'), at('2026-11-13')],
    ]);
    expect(receiptSpans(supervisedReceipt(receipt({}), 'normal'))).toEqual([
      { step: 'registration', urgency: 'normal', from: at('2026-11-11') },
    ]);
  });

  it('keeps no title, body or opinion of a document', () => {
    expect(JSON.stringify(supervisedDocument(returnedOnce))).not.toMatch(/不应被读取|never reads/);
  });
});

describe('GET /api/supervision/documents (the figures)', () => {
  const source = (outgoing: OfficialDocumentRecord[], received: DocumentReceipt[]): DocumentSource => ({
    outgoing: async (department, limit) => outgoing.filter((d) => d.department === department).slice(0, limit),
    received: async (department, limit) => received.filter((r) => r.department === department).slice(0, limit),
    get: async (id) => [...outgoing].find((d) => d.documentId === id),
  });
  const district = source(
    [returnedOnce, signed, draft],
    [
      // Dispatched Wednesday 11-11, still unregistered a week later: 5 working days, past the 2 of a normal one.
      receipt({}),
      receipt({
        department: 'market-supervision',
        status: 'handled',
        registeredAt: at('2026-11-12'),
        handledAt: at('2026-11-13'),
      }),
    ],
  );

  it('counts documents by type and state, receipts by state, and each step done, late, open and overdue', async () => {
    const body = await supervisionDocuments(supervisor, 'district', {}, { now, source: district, calendar });
    expect(body.documents).toBe(3);
    expect(body.byType).toEqual([
      { type: 'notice', documents: 2, byStatus: { draft: 1, review: 0, signing: 1, signed: 0 } },
      { type: 'report', documents: 1, byStatus: { draft: 0, review: 0, signing: 0, signed: 1 } },
    ]);
    expect(body.receipts).toBe(2);
    expect(body.receiptsByStatus).toEqual({ pending: 1, registered: 0, proposed: 0, decided: 0, handled: 1 });
    const step = Object.fromEntries(body.steps.map((s) => [s.step, s]));
    // Reviews: 11-02→11-03 (1 working day), 11-04→11-09 (3: Thu, Fri, Mon: past urgent's 2), 11-10 (same day).
    expect(step.review).toMatchObject({ done: 3, late: 1, open: 0, overdue: 0 });
    expect(step.review!.time.medianDays).toBe(1);
    // The urgent document's signing waits since Monday 11-09: 7 working days by Wednesday 11-18, past 2.
    expect(step.signing).toMatchObject({ done: 1, late: 0, open: 1, overdue: 1 });
    expect(step.registration).toMatchObject({ done: 1, late: 0, open: 1, overdue: 1 });
    expect(step.handling).toMatchObject({ done: 1, late: 0, open: 0, overdue: 0 });
    expect(step.handling!.time.averageHours).toBe(24);
    expect(body).toMatchObject({ asOf: '2026-11-18', truncated: false, scope: { kind: 'district' } });
  });

  it('keeps to the period (documents by drafting date, receipts by dispatch) and a head to their department', async () => {
    const period = await supervisionDocuments(
      supervisor,
      'district',
      { from: '2026-11-10', to: '2026-11-10' },
      { now, source: district, calendar },
    );
    expect(period.documents).toBe(1);
    expect(period.receipts).toBe(0);

    const head = await supervisionDocuments(civilHead, 'department', {}, { now, source: district, calendar });
    expect(head.scope.departments).toEqual(['civil-affairs']);
    expect(head.documents).toBe(3);
    expect(head.receipts).toBe(0);
    await expect(
      supervisionDocuments(civilHead, 'department', { department: 'health' }, { now, source: district, calendar }),
    ).rejects.toBeInstanceOf(AppError);
  });

  it('says when it read only the newest documents of a department', async () => {
    const body = await supervisionDocuments(supervisor, 'district', {}, { now, source: district, calendar, limit: 2 });
    expect(body.truncated).toBe(true);
    expect(body.documents).toBe(2);
  });
});
