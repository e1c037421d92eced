import type { PublishedGuide } from '../catalog/model.js';
import type { PublicLetter } from '../letters/model.js';
import type { NoticeKind, NoticeRecord } from '../notices/model.js';
import { departmentByCode, lifeEvents, topics } from '../catalog/taxonomy.js';
import type { SearchDocument } from './model.js';

const summaryLength = 80;

/** Cuts a text for display, at a character boundary. */
export function shorten(text: string, max = summaryLength): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const both = (texts: readonly { zh: string; en: string }[]) => texts.map((t) => `${t.zh} ${t.en}`).join('\n');

/** A published service item as search documents: the item itself and one per FAQ entry. */
export function serviceDocuments(guide: PublishedGuide): SearchDocument[] {
  const department = departmentByCode(guide.department);
  const departmentName = department?.name ?? { zh: '', en: '' };
  const url = `/services/${guide.code}`;
  const named = <T extends { code: string }>(
    all: readonly (T & { name: { zh: string; en: string } })[],
    codes: readonly string[],
  ) => all.filter((t) => codes.includes(t.code)).map((t) => t.name);
  const item: SearchDocument = {
    id: `service:${guide.code}`,
    type: 'service',
    code: guide.code,
    title: guide.name,
    department: guide.department,
    url,
    summary: { zh: shorten(guide.conditions[0]?.zh ?? ''), en: shorten(guide.conditions[0]?.en ?? '') },
    keywords: [both(named(topics, guide.topics)), both(named(lifeEvents, guide.lifeEvents)), guide.code].join('\n'),
    departmentText: both([departmentName]),
    requirements: [
      both(guide.conditions),
      both(guide.materials.map((m) => m.name)),
      both(guide.materials.flatMap((m) => (m.notes ? [m.notes] : []))),
    ].join('\n'),
    body: [
      both(guide.processSteps.map((s) => s.name)),
      both(guide.processSteps.flatMap((s) => (s.description ? [s.description] : []))),
      guide.legalBasis.map((l) => l.title).join('\n'),
      guide.fees.basis ?? '',
      both([guide.hours]),
    ].join('\n'),
    context: '',
  };
  const faqs = guide.faq.map((entry, i): SearchDocument => ({
    id: `faq:${guide.code}:${i + 1}`,
    type: 'faq',
    code: guide.code,
    title: entry.q,
    department: guide.department,
    url: `${url}#faq-${i + 1}`,
    summary: { zh: shorten(entry.a.zh), en: shorten(entry.a.en) },
    keywords: '',
    departmentText: '',
    requirements: '',
    body: both([entry.q, entry.a]),
    context: both([guide.name]),
  }));
  return [item, ...faqs];
}

/** An information item (notice, announcement) as a search document. */
export interface InformationItem {
  readonly id: string;
  readonly title: { zh: string; en?: string };
  readonly body: string;
  readonly department?: string;
}

export function informationDocument(info: InformationItem): SearchDocument {
  return {
    id: `info:${info.id}`,
    type: 'info',
    code: info.id,
    title: { zh: info.title.zh, en: info.title.en ?? info.title.zh },
    department: info.department ?? null,
    url: `/notices/${info.id}`,
    summary: { zh: shorten(info.body), en: shorten(info.body) },
    keywords: '',
    departmentText: info.department ? both([departmentByCode(info.department)?.name ?? { zh: '', en: '' }]) : '',
    requirements: '',
    body: info.body,
    context: '',
  };
}

const noticeKindNames: Record<NoticeKind, { zh: string; en: string }> = {
  notice: { zh: '通知公告', en: 'Notice' },
  policy: { zh: '政策文件', en: 'Policy document' },
  interpretation: { zh: '政策解读', en: 'Policy interpretation' },
};

/** A published notice, policy document or interpretation (政务信息), found by its kind and document number too. */
export function noticeDocument(notice: NoticeRecord): SearchDocument {
  const document = informationDocument({
    id: notice.noticeId,
    title: { zh: notice.title },
    body: notice.body,
    department: notice.department,
  });
  return { ...document, keywords: [both([noticeKindNames[notice.kind]]), notice.documentNumber ?? ''].join('\n') };
}

/** A published question and answer of the mailbox, on its own public letter page. */
export function publicLetterDocument(letter: PublicLetter): SearchDocument {
  const departmentName = departmentByCode(letter.department)?.name ?? { zh: '', en: '' };
  return {
    id: `qa:${letter.letterNumber}`,
    type: 'qa',
    code: letter.letterNumber,
    title: { zh: letter.subject, en: letter.subject },
    department: letter.department,
    url: `/mailbox/public/${letter.letterNumber}`,
    summary: { zh: shorten(letter.answer), en: shorten(letter.answer) },
    keywords: letter.item ? both([letter.item.name]) : '',
    departmentText: both([departmentName]),
    requirements: '',
    body: [letter.body, letter.answer].join('\n'),
    context: '',
  };
}
