import { describe, expect, it } from 'vitest';
import type { DocumentReceipt } from '../../../functions/src/official-documents/model.js';
import { allowedActions } from '../../../functions/src/official-documents/steps.js';
import type { StoredDocument } from '../../../functions/src/official-documents/store.js';
import type { Principal } from '../../../functions/src/platform/principal.js';

const staff = (username: string, role: 'officer' | 'head', department = 'civil-affairs'): Principal => ({
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

const receipt = (status: DocumentReceipt['status']): DocumentReceipt => ({
  documentId: 'doc-1',
  department: 'market-supervision',
  role: 'main',
  status,
  dispatchedAt: '2026-03-02T00:00:00.000Z',
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

  it('lets a recipient department register a pending receipt, then complete it', () => {
    const signed = document({ status: 'signed', number: '越民〔2026〕1号' });
    const officer2 = staff('officer2', 'officer', 'market-supervision');
    expect(allowedActions(officer2, signed, receipt('pending'))).toEqual(['register']);
    expect(allowedActions(officer2, signed, receipt('registered'))).toEqual(['complete']);
    expect(allowedActions(officer2, signed, receipt('handled'))).toEqual([]);
  });
});
