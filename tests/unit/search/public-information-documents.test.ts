import { describe, expect, it } from 'vitest';
import type { PublicLetter } from '../../../functions/src/letters/model.js';
import type { NoticeRecord } from '../../../functions/src/notices/model.js';
import { noticeDocument, publicLetterDocument } from '../../../functions/src/search/documents.js';
import { createInProcessIndex } from '../../../functions/src/search/search-index.js';
import { catalogFingerprint } from '../../../functions/src/search/service.js';

const policy: NoticeRecord = {
  noticeId: 'seed-0001',
  kind: 'policy',
  title: '区民政局关于印发《越秀区临时救助实施办法》的通知',
  body: '第一条 为规范临时救助工作，制定本办法。',
  documentNumber: '越民〔2026〕3号',
  department: 'civil-affairs',
  status: 'published',
  version: 2,
  createdAt: '2026-03-01T00:00:00.000Z',
  createdBy: 'head1',
  updatedAt: '2026-03-02T00:00:00.000Z',
  updatedBy: 'head1',
  publishedAt: '2026-03-02T00:00:00.000Z',
};

const letter: PublicLetter = {
  letterNumber: 'YXL-20261201-900001',
  type: 'consultation',
  topic: 'marriage',
  department: 'civil-affairs',
  subject: '补领结婚证需要带什么材料',
  body: '请问补领结婚证需要带什么材料？',
  answer: '补领结婚证请携带双方身份证、户口簿到区婚姻登记处办理。',
  writtenAt: '2026-11-20T00:00:00.000Z',
  publishedAt: '2026-11-21T00:00:00.000Z',
};

describe('public information as search documents', () => {
  it('finds a published notice by its words, kind and department, linking to /notices/{id}', () => {
    // Prepare
    const index = createInProcessIndex([noticeDocument(policy), publicLetterDocument(letter)]);
    // Act
    const byWords = index.search({ text: '临时救助', type: 'info', limit: 10 }).hits;
    const byKind = index.search({ text: '政策文件', limit: 10 }).hits;
    const byDepartment = index.search({ text: '民政局', type: 'info', limit: 10 }).hits;
    // Assess
    expect(byWords.map((h) => h.document.url)).toEqual(['/notices/seed-0001']);
    expect(byKind.map((h) => h.id)).toEqual(['info:seed-0001']);
    expect(byDepartment.map((h) => h.id)).toEqual(['info:seed-0001']);
  });

  it('finds a public Q&A under its own type, at its anchor on /mailbox/public', () => {
    const index = createInProcessIndex([noticeDocument(policy), publicLetterDocument(letter)]);
    const hits = index.search({ text: '补领结婚证', type: 'qa', limit: 10 }).hits;
    expect(hits.map((h) => h.document.url)).toEqual(['/mailbox/public/YXL-20261201-900001']);
    expect(index.search({ text: '补领结婚证', type: 'info', limit: 10 }).hits).toEqual([]);
  });

  it('fingerprints what is published: a new notice version or a newly published letter changes it', () => {
    const items = [{ code: '440104-MZ-0001', publishedVersion: 1 }];
    const base = catalogFingerprint(items, [policy], []);
    expect(catalogFingerprint(items, [{ ...policy, version: 3 }], [])).not.toBe(base);
    expect(catalogFingerprint(items, [policy], [letter])).not.toBe(base);
    expect(catalogFingerprint(items, [policy], [])).toBe(base);
  });
});
