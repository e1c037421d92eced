import { publishedWorkingCalendar, type CalendarSource } from '../calendar/published.js';
import { departmentByCode } from '../catalog/taxonomy.js';
import { shanghaiDate } from '../deadlines/civil-date.js';
import { lettersWrittenWithin } from '../letters/service.js';
import type { LetterRecord } from '../letters/model.js';
import { letterTopics, letterTypes } from '../letters/routing.js';
import { nowIso } from '../platform/clock.js';
import { logger } from '../platform/logger.js';
import type { Principal } from '../platform/principal.js';
import type { Scope } from '../platform/route-table.js';
import { letterFacts, letterFiguresOf, supervisedLetter, writtenWithin, type LetterFacts } from './letter-figures.js';
import type { SupervisionLetters } from './letters-model.js';
import type { SupervisionQuery } from './model.js';
import { departmentsInScope } from './service.js';

/** Where the letters come from: the mailbox's service (a fake in unit tests). */
export type LetterSource = (period: { since?: string; until?: string }) => Promise<LetterRecord[]>;

/** The first instant of a China calendar date, as the ISO instant letters are ordered by. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();
/** The first instant after a China calendar date. */
const endOfDay = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`) + 86_400_000).toISOString();

export interface LetterFigureOptions {
  now?: string;
  source?: LetterSource;
  calendar?: CalendarSource;
}

/**
 * The mailbox's figures in the caller's scope (a supervisor the district or one department, a head their own
 * department; 403 FORBIDDEN otherwise), over the letters written in the period: per department (the one
 * holding the letter now), per type and per topic, and in total.
 */
export async function supervisionLetters(
  principal: Principal,
  scope: Scope | undefined,
  query: SupervisionQuery,
  options: LetterFigureOptions = {},
): Promise<SupervisionLetters> {
  const now = options.now ?? nowIso();
  const departments = departmentsInScope(principal, scope, query.department);
  const [records, calendar] = await Promise.all([
    (options.source ?? lettersWrittenWithin)({
      ...(query.from ? { since: startOfDay(query.from) } : {}),
      ...(query.to ? { until: endOfDay(query.to) } : {}),
    }),
    (options.calendar ?? publishedWorkingCalendar)(),
  ]);
  const letters = records
    .map(supervisedLetter)
    .filter((l) => departments.includes(l.department) && writtenWithin(l, query));
  const facts = letters.map((letter) => ({ letter, facts: letterFacts(calendar, letter, now) }));
  const figuresWhere = (keep: (letter: (typeof letters)[number]) => boolean) =>
    letterFiguresOf(facts.filter((f) => keep(f.letter)).map((f): LetterFacts => f.facts));
  const body: SupervisionLetters = {
    generatedAt: now,
    asOf: shanghaiDate(now),
    period: { ...(query.from ? { from: query.from } : {}), ...(query.to ? { to: query.to } : {}) },
    scope: { kind: scope === 'district' ? 'district' : 'department', departments },
    total: letterFiguresOf(facts.map((f) => f.facts)),
    departments: departments.map((department) => ({
      department,
      name: departmentByCode(department)?.name ?? { zh: department, en: department },
      ...figuresWhere((l) => l.department === department),
    })),
    byType: letterTypes.map((type) => ({ type, ...figuresWhere((l) => l.type === type) })),
    byTopic: letterTopics
      .filter((topic) => letters.some((l) => l.topic === topic.code))
      .map((topic) => ({
        topic: topic.code,
        name: { zh: topic.name.zh, en: topic.name.en },
        ...figuresWhere((l) => l.topic === topic.code),
      })),
  };
  logger.info('supervision letters', {
    action: 'supervision.letters',
    departments: departments.length,
    letters: letters.length,
  });
  return body;
}
