/**
 * The mailbox's rules as data (越秀信箱): which department answers each topic, and how many working days
 * each type of letter may take. Changing a department or a time limit is an edit of these tables, not of
 * the service; the time limits count on the published working-day calendar (deadlines/).
 */

export const letterTypes = ['consultation', 'suggestion', 'complaint', 'report'] as const;
export type LetterType = (typeof letterTypes)[number];

/** Working days to answer, per type (counted after the day the letter arrives). */
export const answerLimitDays: Readonly<Record<LetterType, number>> = {
  consultation: 5,
  suggestion: 15,
  complaint: 15,
  report: 15,
};

/** Calendar days after an answer during which its writer may reopen the letter. */
export const reopenWindowDays = 15;
/** How many times a letter may be reopened; the answer after the last reopening is final. */
export const maxReopenings = 1;

export interface LetterTopic {
  readonly code: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** The department (catalog/taxonomy.ts code) whose inbox receives letters on this topic. */
  readonly department: string;
}

export const letterTopics = [
  { code: 'social-assistance', name: { zh: '社会救助', en: 'Social assistance' }, department: 'civil-affairs' },
  { code: 'marriage', name: { zh: '婚姻登记', en: 'Marriage registration' }, department: 'civil-affairs' },
  { code: 'elderly-care', name: { zh: '养老服务', en: 'Elderly care' }, department: 'civil-affairs' },
  { code: 'business', name: { zh: '市场主体登记', en: 'Business registration' }, department: 'market-supervision' },
  { code: 'food-safety', name: { zh: '食品安全', en: 'Food safety' }, department: 'market-supervision' },
  { code: 'consumer-rights', name: { zh: '消费维权', en: 'Consumer rights' }, department: 'market-supervision' },
  {
    code: 'employment',
    name: { zh: '就业与社保', en: 'Employment and social insurance' },
    department: 'human-resources-social-security',
  },
  { code: 'medical-insurance', name: { zh: '医疗保障', en: 'Medical insurance' }, department: 'medical-insurance' },
  { code: 'housing', name: { zh: '住房保障', en: 'Housing' }, department: 'housing' },
  { code: 'education', name: { zh: '入学与教育', en: 'Schools and education' }, department: 'education' },
  { code: 'environment', name: { zh: '生态环境', en: 'Environment' }, department: 'environment' },
  { code: 'city-management', name: { zh: '市容与城市管理', en: 'City management' }, department: 'urban-management' },
  {
    code: 'household',
    name: { zh: '户籍与身份证', en: 'Household registration and ID cards' },
    department: 'household-registration',
  },
  // Letters that fit no topic go to the street offices, which answer or pass them on in person.
  { code: 'other', name: { zh: '其他', en: 'Other' }, department: 'street-office' },
] as const satisfies readonly LetterTopic[];

export type LetterTopicCode = (typeof letterTopics)[number]['code'];
export const letterTopicCodes = letterTopics.map((t) => t.code) as [LetterTopicCode, ...LetterTopicCode[]];

/** The department that answers letters on `topic`. */
export function departmentFor(topic: LetterTopicCode): string {
  const found = letterTopics.find((t) => t.code === topic);
  if (!found) throw new RangeError(`no routing rule for topic ${topic}`);
  return found.department;
}

/** How many files a letter may carry (each checked like a case's material). Here, without zod, for the form. */
export const maxLetterAttachments = 3;
