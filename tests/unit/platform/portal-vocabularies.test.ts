import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../functions/src/platform/error-codes.js';

const messages = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../../web/messages/${locale}.json`, import.meta.url), 'utf8')) as {
    ApiErrors: Record<string, string>;
  };

describe('the error-code registry (issue 9 item 4)', () => {
  it.each(['zh-CN', 'en'])('has a %s message for every code the API may answer, and none for others', (locale) => {
    const texts = messages(locale).ApiErrors;
    expect(Object.keys(texts).sort()).toEqual(Object.keys(errorCodes).sort());
    for (const [code, text] of Object.entries(texts)) expect(text.trim(), code).not.toBe('');
  });

  it('gives each code one HTTP status of the error classes', () => {
    for (const [code, status] of Object.entries(errorCodes)) {
      expect(code).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
      expect([400, 401, 403, 404, 409, 413, 422, 429, 500, 503], code).toContain(status);
    }
  });
});

describe('timeline event codes (one list in functions/src/cases/model.ts)', () => {
  it.each(['zh-CN', 'en'])('has a %s sentence for every event the API writes', async (locale) => {
    const { timelineEvents } = await import('../../../functions/src/cases/model.js');
    const events = (
      JSON.parse(readFileSync(new URL(`../../../web/messages/${locale}.json`, import.meta.url), 'utf8')) as {
        Timeline: { events: Record<string, string> };
      }
    ).Timeline.events;
    for (const event of timelineEvents) expect(events[event], event).toBeTruthy();
  });
});
