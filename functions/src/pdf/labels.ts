/**
 * The fixed wording of the documents, and how dates and page numbers are written. Dates are shown in China
 * Standard Time (UTC+8, no daylight saving), computed by arithmetic so the output does not depend on the
 * process's time zone or ICU data.
 */

export type Language = 'zh' | 'en';

/**
 * A text in Chinese and English. English text takes ASCII quotes: the Chinese font's “ ” and ’ are full width.
 */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The Chinese text followed by the English one, as bilingual documents label things: "受理编号 Case number". */
export const both = (text: Bilingual): string => `${text.zh} ${text.en}`;

/** "第 1 页 / 共 2 页" or "Page 1 of 2". */
export function pageLabel(page: number, pages: number, language: Language = 'zh'): string {
  return language === 'zh' ? `第 ${page} 页 / 共 ${pages} 页` : `Page ${page} of ${pages}`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function chinaParts(iso: string): { year: number; month: number; day: number; time: string } {
  const plain = isoDate.exec(iso);
  if (plain) return { year: Number(plain[1]), month: Number(plain[2]), day: Number(plain[3]), time: '' };
  const instant = Date.parse(iso);
  if (Number.isNaN(instant) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(iso)) {
    throw new RangeError(`not an ISO date or a date-time with a time zone: ${iso}`);
  }
  const china = new Date(instant + 8 * 3600_000);
  return {
    year: china.getUTCFullYear(),
    month: china.getUTCMonth() + 1,
    day: china.getUTCDate(),
    time: china.toISOString().slice(11, 16),
  };
}

/** "2026年1月5日" for a calendar date (YYYY-MM-DD) or the China date of an ISO date-time. */
export function chinaDate(iso: string): string {
  const { year, month, day } = chinaParts(iso);
  return `${year}年${month}月${day}日`;
}

/** "2026年1月5日 14:30" (China time) for an ISO date-time; just the date for a calendar date. */
export function chinaDateTime(iso: string): string {
  const { time } = chinaParts(iso);
  return time ? `${chinaDate(iso)} ${time}` : chinaDate(iso);
}

/** The watermark of a sample form, whatever its language. */
export const sampleWatermark = '样表 SAMPLE';

/** The wording of the application form, per language. */
export const formWords = {
  code: { zh: '事项编码', en: 'Item code' },
  item: { zh: '办理事项', en: 'Service' },
  sample: { zh: '填写示例', en: 'SAMPLE' },
  blankNote: {
    zh: '带 * 号的为必填项。请用黑色或蓝黑色墨水笔以正楷填写，选择项请在 □ 内打 ✓。',
    en: 'Items marked * are required. Please write clearly in black or blue-black ink and tick (✓) the boxes that apply.',
  },
  sampleNote: {
    zh: '本表为填写示例，内容仅供参考，请勿直接提交。',
    en: 'This is a filled-in sample for reference only. Do not submit it.',
  },
  filledNote: { zh: '以下内容由申请人填写。', en: 'As filled in by the applicant.' },
  continued: { zh: '（续）', en: ' (continued)' },
  signature: { zh: '申请人（签字或盖章）：', en: "Applicant's signature or seal: " },
  date: { zh: '日期：', en: 'Date: ' },
  blankDate: { zh: '年　　月　　日', en: 'YYYY-MM-DD' },
} as const satisfies Record<string, Bilingual>;

/** When a conditional field applies: "（申请人类型选“单位”时填写）". */
export function conditionNote(target: string, choice: string | boolean, language: Language): string {
  if (choice === true) return language === 'zh' ? `（勾选“${target}”时填写）` : `(Fill in if "${target}" is ticked)`;
  if (choice === false)
    return language === 'zh' ? `（未勾选“${target}”时填写）` : `(Fill in unless "${target}" is ticked)`;
  return language === 'zh' ? `（${target}选“${choice}”时填写）` : `(Fill in if ${target} is "${choice}")`;
}
