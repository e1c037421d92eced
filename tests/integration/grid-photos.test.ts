import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.js';
import { samplePdf } from '../support/documents.js';
import { beijingRoad, jpegWithGps, plainJpeg } from '../support/photos.js';

/**
 * A city event's photos (issue 17): uploaded through the documents context's one checked-upload path, checked
 * when the report or the handling is sent, stored without their EXIF (the GPS position read first, the place
 * of a report sent without one), readable through the event only. A report sent again with the same
 * submission token (a queued report from a phone that lost its answer) is the same event, written once.
 */

async function uploadPhoto(user: string, bytes: Buffer, fileName = '现场.jpg', contentType = 'image/jpeg') {
  const created = await api('POST', '/api/documents/uploads', {
    token: await tokenFor(user),
    body: { fileName, contentType, size: bytes.length },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const put = await fetch(created.body.uploadUrl, {
    method: 'PUT',
    headers: created.body.headers,
    body: new Uint8Array(bytes),
  });
  expect(put.ok).toBe(true);
  return created.body.documentId as string;
}

const report = (overrides: Record<string, unknown> = {}) => ({
  category: 'E0101',
  description: '北京路口有一堆建筑垃圾，占了人行道',
  submissionToken: crypto.randomUUID(),
  ...overrides,
});

const post = async (user: string, body: unknown) =>
  api('POST', '/api/grid/events', { token: await tokenFor(user), body });
const act = async (user: string, id: string, body: unknown) =>
  api('POST', `/api/grid/events/${id}/actions`, { token: await tokenFor(user), body });
const bytesAt = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('grid photos', () => {
  it('places a report at its photo’s GPS position and stores the photo without its metadata', async () => {
    const photo = await uploadPhoto('inspector1', jpegWithGps(beijingRoad.lat, beijingRoad.lng));
    const reported = await post('inspector1', report({ photos: [photo] }));

    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    expect(reported.body.location).toEqual({
      lat: expect.closeTo(beijingRoad.lat, 5),
      lng: expect.closeTo(beijingRoad.lng, 5),
    });
    expect(reported.body.cell).toBe('beijing-01-1');
    expect(reported.body.photos).toEqual([
      expect.objectContaining({
        documentId: photo,
        stage: 'report',
        size: plainJpeg.length,
        sha256: sha256(plainJpeg),
      }),
    ]);
    // Only reading the event (an audited read) hands out the download URL.
    expect(reported.body.photos[0].downloadUrl).toBeUndefined();

    const read = await api('GET', `/api/grid/events/${reported.body.eventId}`, {
      token: await tokenFor('dispatcher1'),
    });
    expect(read.status).toBe(200);
    const stored = await bytesAt(read.body.photos[0].downloadUrl);
    expect(stored).toEqual(plainJpeg);
    expect(stored.toString('latin1')).not.toContain('PhoneMaker');

    // Sent with the event, the photo is no longer its uploader's to send again.
    const reused = await post('inspector1', report({ photos: [photo], ...beijingRoad }));
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({ code: 'MATERIAL_NOT_FOUND', details: { field: 'photos.0' } });
  });

  it('keeps a chosen place over the photo’s, and asks for a place when neither gives one', async () => {
    const chosen = { lat: 23.1275, lng: 113.2695 };
    const photo = await uploadPhoto('citizen1', jpegWithGps(beijingRoad.lat, beijingRoad.lng));
    const reported = await post('citizen1', report({ photos: [photo], ...chosen }));
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    expect(reported.body.location).toEqual(chosen);

    const plain = await uploadPhoto('citizen1', plainJpeg);
    const nowhere = await post('citizen1', report({ photos: [plain] }));
    expect(nowhere.status).toBe(400);
    expect(nowhere.body.error.code).toBe('INVALID_INPUT');
    expect(nowhere.body.error.details.fields.map((f: { field: string }) => f.field)).toContain('lat');
  });

  it('still knows the photo’s position when a refused report is sent again (its EXIF already stripped)', async () => {
    const photo = await uploadPhoto('inspector1', jpegWithGps(beijingRoad.lat, beijingRoad.lng));
    const outside = await post('inspector1', report({ photos: [photo], lat: 23.3, lng: 113.4 }));
    expect(outside.status).toBe(422);
    expect(outside.body.error.code).toBe('OUTSIDE_GRID');

    const again = await post('inspector1', report({ photos: [photo] }));
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.cell).toBe('beijing-01-1');
    expect(again.body.photos[0].sha256).toBe(sha256(plainJpeg));
  });

  it('refuses a PDF, or a file that is not the image it claims to be, naming the photo', async () => {
    const pdf = await uploadPhoto('citizen1', samplePdf, '文件.pdf', 'application/pdf');
    const asPdf = await post('citizen1', report({ photos: [pdf], ...beijingRoad }));
    expect(asPdf.status).toBe(422);
    expect(asPdf.body.error).toMatchObject({ code: 'MATERIAL_TYPE_MISMATCH', details: { field: 'photos.0' } });

    const fake = await uploadPhoto('citizen1', Buffer.from(samplePdf), '伪装.jpg', 'image/jpeg');
    const disguised = await post('citizen1', report({ photos: [fake], ...beijingRoad }));
    expect(disguised.status).toBe(422);
    expect(disguised.body.error).toMatchObject({ code: 'MATERIAL_TYPE_MISMATCH', details: { field: 'photos.0' } });
  });

  it('writes a report sent again with the same token once, whatever photos the repeat carries', async () => {
    const photos = [await uploadPhoto('inspector1', plainJpeg)];
    const body = report({ photos, ...beijingRoad });
    const first = await post('inspector1', body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    // The phone lost the answer and sends its queued copy again, its photo uploaded anew.
    const again = await post('inspector1', { ...body, photos: [await uploadPhoto('inspector1', plainJpeg)] });
    expect(again.status).toBe(200);
    expect(again.body.eventId).toBe(first.body.eventId);
    expect(again.body.photos.map((p: { documentId: string }) => p.documentId)).toEqual(photos);

    const list = await api('GET', '/api/grid/events', { token: await tokenFor('dispatcher1') });
    const same = list.body.items.filter((e: { eventId: string }) => e.eventId === first.body.eventId);
    expect(same).toHaveLength(1);
  });

  it('adds the department’s photo of the result at 处置, and refuses photos on another step', async () => {
    const reported = await post('citizen1', report(beijingRoad));
    const id = reported.body.eventId;
    const early = await act('dispatcher1', id, {
      action: 'register',
      version: 1,
      photos: [await uploadPhoto('officer-environment', plainJpeg)],
    });
    expect(early.status).toBe(400);
    expect(early.body.error.details.fields[0].field).toBe('photos');
    await act('dispatcher1', id, { action: 'register', version: 1 });
    await act('dispatcher1', id, { action: 'dispatch', version: 2 });

    const result = await uploadPhoto('officer-environment', jpegWithGps(beijingRoad.lat, beijingRoad.lng));
    const handled = await act('officer-environment', id, {
      action: 'handle',
      note: '已清运完毕',
      version: 3,
      photos: [result],
    });
    expect(handled.status, JSON.stringify(handled.body)).toBe(200);
    expect(handled.body.photos).toEqual([expect.objectContaining({ documentId: result, stage: 'handling' })]);

    // The reporter sees the result; staff outside the event's department do not reach it.
    const mine = await api('GET', `/api/grid/events/${id}`, { token: await tokenFor('citizen1') });
    expect(await bytesAt(mine.body.photos[0].downloadUrl)).toEqual(plainJpeg);
    expect((await api('GET', `/api/grid/events/${id}`, { token: await tokenFor('officer1') })).status).toBe(404);
    expect((await api('GET', `/api/grid/events/${id}`, { token: await tokenFor('citizen2') })).status).toBe(404);
    const direct = await api('GET', `/api/documents/${result}`, { token: await tokenFor('officer1') });
    expect(direct.status).toBe(404);
  });
});
