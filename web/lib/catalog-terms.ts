// The catalog's fixed vocabularies come from the API's own module, so names and filter codes cannot drift.
import { departments, lifeEvents, topics } from '../../functions/src/catalog/taxonomy';
import type { Bilingual } from './hall-schemas';

export const audienceCodes = ['citizen', 'enterprise'] as const;
export const departmentCodes: readonly string[] = departments.map((d) => d.code);
export const lifeEventCodes: readonly string[] = lifeEvents.map((e) => e.code);

/** The text of a bilingual value in the page's language (Chinese for zh-CN, English otherwise). */
export function inLocale(value: Bilingual, locale: string): string {
  return locale === 'zh-CN' ? value.zh : value.en;
}

const names = new Map<string, Bilingual>([
  ...departments.map((d) => [`department:${d.code}`, d.name] as const),
  ...lifeEvents.map((e) => [`lifeEvent:${e.code}`, e.name] as const),
  ...topics.map((t) => [`topic:${t.code}`, t.name] as const),
]);

/** The name of a department, life event or topic code; the code itself if the vocabulary lacks it. */
export function termName(kind: 'department' | 'lifeEvent' | 'topic', code: string, locale: string): string {
  const name = names.get(`${kind}:${code}`);
  return name ? inLocale(name, locale) : code;
}

/** A fully online item (零跑动): no counter visit and an online application. */
export const isFullyOnline = (item: { online: boolean; counterVisits: number }) =>
  item.online && item.counterVisits === 0;
