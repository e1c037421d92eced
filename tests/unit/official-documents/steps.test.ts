import { describe, expect, it } from 'vitest';
import type { DocumentReceipt } from '../../../functions/src/official-documents/model.js';
import { allowedActions } from '../../../functions/src/official-documents/steps.js';
import type { StoredDocument } from '../../../functions/src/official-documents/store.js';
import type { Principal } from '../../../functions/src/platform/principal.js';

const staff = (username: string, role: 'officer' | 'head' | 'docclerk', department = 'civil-affairs'): Principal => ({
  sub: `sub-${username}`,
  username,
  roles: [role],
  department,
});

const document = (changes: Partial<StoredDocument> = {}): StoredDocument => ({
  documentId: 'doc-1',
  department: 'civil-affairs',
  drafter: 'officer1',
  drafterRole: 'officer',
  status: 'draft',
  version: 1,
  revision: 1,
  title: '关于测试的通知',
  type: 'notice',
  urgency: 'normal',
  security: 'internal',
  mainRecipients: ['market-supervision'],
  copyRecipients: [],
  body: '测试用的公文正文。',
  history: [],
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-03-01T00:00:00.000Z',
  ...changes,
});

const receipt = (status: DocumentReceipt['status'], changes: Partial<DocumentReceipt> = {}): DocumentReceipt => ({
  documentId: 'doc-1',
  department: 'market-supervision',
  role: 'main',
  status,
  dispatchedAt: '2026-03-02T00:00:00.000Z',
  ...changes,
});
const decided = (mode: 'handle' | 'circulate', reads?: DocumentReceipt['reads']) =>
  receipt('decided', {
    decision: { decision: 'agree', mode, opinion: '同意。', by: 'head2', at: '2026-03-03T00:00:00.000Z' },
    ...(reads ? { reads } : {}),
  });

describe('who may take which step of an official document', () => {
  it('lets only the drafter save and submit a draft', () => {
    expect(allowedActions(staff('officer1', 'officer'), document(), undefined)).toEqual(['save', 'submit']);
    expect(allowedActions(staff('head1', 'head'), document(), undefined)).toEqual([]);
  });

  it("lets the drafting department's heads review, and no other department's", () => {
    const inReview = document({ status: 'review' });
    expect(allowedActions(staff('head1', 'head'), inReview, undefined)).toEqual(['review']);
    expect(allowedActions(staff('head2', 'head', 'market-supervision'), inReview, undefined)).toEqual([]);
    expect(allowedActions(staff('officer1', 'officer'), inReview, undefined)).toEqual([]);
  });

  it('lets only the configured signer sign, and any head of the department when none is configured', () => {
    expect(
      allowedActions(staff('leader1', 'head'), document({ status: 'signing', signer: 'leader1' }), undefined),
    ).toEqual(['sign']);
    expect(
      allowedActions(staff('head1', 'head'), document({ status: 'signing', signer: 'leader1' }), undefined),
    ).toEqual([]);
    expect(allowedActions(staff('head1', 'head'), document({ status: 'signing' }), undefined)).toEqual(['sign']);
  });

  const signed = document({ status: 'signed', number: '越民〔2026〕1号' });
  const clerk = staff('docclerk-market-supervision', 'docclerk', 'market-supervision');
  const officer2 = staff('officer2', 'officer', 'market-supervision');
  const officer3 = staff('officer3', 'officer', 'market-supervision');
  const head2 = staff('head2', 'head', 'market-supervision');

  it("lets the receiving department's clerk register and propose, and its head decide", () => {
    expect(allowedActions(clerk, signed, receipt('pending'))).toEqual(['register']);
    expect(allowedActions(officer2, signed, receipt('pending'))).toEqual([]);
    expect(allowedActions(clerk, signed, receipt('registered'))).toEqual(['propose']);
    expect(allowedActions(head2, signed, receipt('registered'))).toEqual([]);
    expect(allowedActions(head2, signed, receipt('proposed'))).toEqual(['decide']);
    expect(allowedActions(clerk, signed, receipt('proposed'))).toEqual([]);
    expect(allowedActions(staff('head1', 'head'), signed, receipt('proposed'))).toEqual([]);
  });

  it('lets an officer handle it, or each named reader read a circulation once; the head or clerk closes it', () => {
    expect(allowedActions(officer2, signed, decided('handle'))).toEqual(['complete']);
    expect(allowedActions(officer2, signed, decided('circulate', [{ reader: 'officer2' }]))).toEqual(['read']);
    expect(allowedActions(officer3, signed, decided('circulate', [{ reader: 'officer2' }]))).toEqual([]);
    const read = decided('circulate', [{ reader: 'officer2', readAt: '2026-03-04T00:00:00.000Z' }]);
    expect(allowedActions(officer2, signed, read)).toEqual([]);
    expect(allowedActions(head2, signed, read)).toEqual(['close']);
    expect(allowedActions(clerk, signed, read)).toEqual(['close']);
    expect(allowedActions(head2, signed, decided('handle'))).toEqual([]);
    expect(allowedActions(officer2, signed, receipt('handled'))).toEqual([]);
  });
});
