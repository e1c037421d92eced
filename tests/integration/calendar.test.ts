import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../infra/local/identity/demo-users.js';
import { api, eventually, setCloudClock, tokenFor } from '../support/api.js';
import { seedDraftOf } from './fixtures/calendar-fixtures.js';

/**
 * The holiday calendar's API: the seed is published, a year goes draft → publish with a version for
 * every change, each write is audited, bad input is refused naming the field. Writes use the seeded year
 * 2016 and save its own days again (nothing any other test counts with changes).
 */
const year = 2016;
const subOf = (username: string) => demoUsers.find((u) => u.username === username)!.sub;
const admin = () => tokenFor('admin1');

describe('the holiday calendar API', () => {
  beforeAll(async () => setCloudClock('2026-12-05T02:00:00Z'));
  afterAll(async () => setCloudClock(undefined));

  it('serves the seeded years to anyone and answers 404 for a year without a published calendar', async () => {
    const seeded = await api('GET', '/api/calendar/2026');
    expect(seeded.status).toBe(200);
    expect(seeded.body).toMatchObject({ year: 2026, version: 1, source: expect.stringContaining('chinese-days') });
    expect(seeded.body.dates.holidays).toContain('2026-02-16');
    expect(seeded.body.dates.makeUpWorkdays).toContain('2026-02-14');
    expect((await api('GET', '/api/calendar/2098')).status).toBe(404);
    const badYear = await api('GET', '/api/calendar/27');
    expect(badYear.status).toBe(400);
    expect(badYear.body.error.details.fields[0].field).toBe('year');
  });

  it('saves a draft and publishes it, each a new version with who, when and why, both audited', async () => {
    const token = await admin();
    const body = await seedDraftOf(year);
    const draft = await api('PUT', `/api/calendar/${year}/draft`, { token, body: { ...body, reason: 'typo check' } });
    expect(draft.status, JSON.stringify(draft.body)).toBe(200);
    expect(draft.body).toMatchObject({ status: 'published', revision: body.revision + 1, publishedVersion: 1 });
    expect(draft.body.draft.notice).toEqual(body.notice);
    // The draft is not in force: the published year is still the seed's.
    expect((await api('GET', `/api/calendar/${year}`)).body.version).toBe(1);

    const stale = await api('PUT', `/api/calendar/${year}/draft`, { token, body });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CALENDAR_STALE');

    const published = await api('POST', `/api/calendar/${year}/publish`, { token, body: { reason: 'notice entered' } });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', publishedVersion: body.revision + 2 });
    expect(published.body.draft).toBeUndefined();
    const read = await api('GET', `/api/calendar/${year}`);
    expect(read.body).toMatchObject({ version: body.revision + 2, notice: body.notice, publishedBy: 'admin1' });

    const versions = published.body.versions as Array<{ version: number; action: string; by: string; reason: string }>;
    expect(versions[0]).toMatchObject({ action: 'publish', by: 'admin1', reason: 'notice entered' });
    expect(versions[1]).toMatchObject({ action: 'draft', by: 'admin1', reason: 'typo check' });
    expect(versions.at(-1)).toMatchObject({ version: 1, action: 'seed', by: 'seed' });

    const audit = await eventually(async () => {
      const res = await api('GET', `/api/audit?actor=${subOf('admin1')}&limit=200`, {
        token: await tokenFor('supervisor1'),
      });
      const records = res.body.items as Array<{
        action: string;
        resource: { id: string };
        details?: Record<string, string>;
      }>;
      const mine = records.filter((r) => r.resource.id === String(year));
      return mine.some((r) => r.action === 'calendar.publish') ? mine : undefined;
    });
    expect(audit.find((r) => r.action === 'calendar.publish')?.details).toMatchObject({
      version: String(body.revision + 2),
    });
    expect(audit.find((r) => r.action === 'calendar.putDraft')?.details).toMatchObject({
      revision: String(body.revision + 1),
    });
  });

  it('answers 404 to publishing a year without a draft', async () => {
    const res = await api('POST', `/api/calendar/2099/publish`, { token: await admin(), body: { reason: 'x' } });
    expect(res.status).toBe(404);
  });

  it('refuses bad input with 400 or 422 naming the field', async () => {
    const token = await admin();
    const body = await seedDraftOf(year);
    const put = (b: unknown) => api('PUT', `/api/calendar/${year}/draft`, { token, body: b });
    const fieldsOf = (res: { body: { error: { details: { fields: Array<{ field: string }> } } } }) =>
      res.body.error.details.fields.map((f) => f.field);

    const notADate = await put({ ...body, notice: { number: 'x', date: '2015-02-30' } });
    expect(notADate.status).toBe(400);
    expect(fieldsOf(notADate)).toEqual(['notice.date']);

    const noticeTooLate = await put({ ...body, notice: { number: 'x', date: '2017-01-05' } });
    expect(noticeTooLate.status).toBe(422);
    expect(noticeTooLate.body.error.code).toBe('CALENDAR_INVALID');
    expect(fieldsOf(noticeTooLate)).toEqual(['notice.date']);

    const otherYear = await put({
      ...body,
      holidays: [{ name: { zh: '元旦' }, from: '2017-01-01', to: '2017-01-01' }],
      makeUpWorkdays: [],
    });
    expect(otherYear.status).toBe(422);
    expect(fieldsOf(otherYear)).toEqual(['holidays.0.from', 'holidays.0.to']);

    const both = await put({
      ...body,
      holidays: [{ name: { zh: '元旦' }, from: '2016-01-01', to: '2016-01-03' }],
      makeUpWorkdays: [{ date: '2016-01-02', name: { zh: '元旦' } }],
    });
    expect(both.status).toBe(422);
    expect(fieldsOf(both)).toEqual(['makeUpWorkdays.0.date']);
    expect(both.body.error.details.fields[0].messageZh).toContain('既是假日又是调休上班日');

    const noReason = await put({ ...body, reason: '' });
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason)).toEqual(['reason']);
  });

  it('lets only administrators write or read the versions', async () => {
    const body = await seedDraftOf(year);
    const officer = await tokenFor('officer1');
    expect((await api('PUT', `/api/calendar/${year}/draft`, { token: officer, body })).status).toBe(403);
    expect((await api('GET', `/api/calendar/${year}/versions`, { token: officer })).status).toBe(403);
    expect((await api('GET', `/api/calendar/${year}/versions`)).status).toBe(401);
  });
});
