import { z } from 'zod';
import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { calendarDraftInput, calendarPublishInput, calendarYear } from './model.js';
import * as calendar from './service.js';

/** A published year changes a few times a year at most: browsers and the CDN may keep it a minute. */
const cacheable = { 'cache-control': 'public, max-age=60' };

// The reason (free text) lives in the immutable version record; audit details hold system values only.
const yearParam = z.object({ year: calendarYear });
const yearOf = (params: Readonly<Record<string, string>>) => parseInput(yearParam, { year: params.year }).year;

/**
 * Errors: 400 INVALID_INPUT (details.fields names each bad parameter or field), 401 UNAUTHORIZED,
 * 403 FORBIDDEN, 404 NOT_FOUND (no published calendar, no draft to publish), 409 CALENDAR_STALE,
 * 422 CALENDAR_INVALID (details.fields: each broken rule, e.g. a date not in the year).
 */
export const handler = groupHandler('calendar', {
  get: async ({ params }) => ({ body: await calendar.getPublishedYear(yearOf(params)), headers: cacheable }),
  versions: async ({ params }) => ({ body: await calendar.getHistory(yearOf(params)) }),
  putDraft: async ({ principal, params, body }) => {
    const year = yearOf(params);
    const input = parseInput(calendarDraftInput, body);
    const history = await calendar.saveDraft(principal, year, input);
    return {
      body: history,
      audit: { resourceId: String(year), details: { revision: String(history.revision) } },
    };
  },
  publish: async ({ principal, params, body }) => {
    const year = yearOf(params);
    const input = parseInput(calendarPublishInput, body);
    const history = await calendar.publishDraft(principal, year, input);
    return {
      body: history,
      audit: {
        resourceId: String(year),
        details: {
          version: String(history.publishedVersion ?? ''),
          revision: String(history.revision),
        },
      },
    };
  },
});
