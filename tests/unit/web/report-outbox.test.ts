import { describe, expect, it } from 'vitest';
import { entryOf, formDataOf, ownedBy } from '../../../web/components/report-outbox.js';
import { plainJpeg } from '../../support/photos.js';

/**
 * A report kept on the device is sent later as the very report it was: the same fields, the same photos and —
 * what makes the server write it once however often it is sent — the same submission token.
 */
describe('the report outbox', () => {
  const fields = ['category', 'description', 'lat', 'lng', 'address'] as const;

  function form(token: string) {
    const data = new FormData();
    data.set('submissionToken', token);
    data.set('category', 'E0101');
    data.set('description', '北京路口堆放建筑垃圾');
    data.set('lat', '23.163375');
    data.set('lng', '');
    data.append('photos', new File([plainJpeg], '现场.jpg', { type: 'image/jpeg' }));
    // An empty file input posts one nameless empty file: not a photo.
    data.append('photos', new File([], '', { type: 'application/octet-stream' }));
    return data;
  }

  it('keeps the token, the fields and the photos, and sends them back as they were', async () => {
    const token = crypto.randomUUID();
    const entry = entryOf(form(token), fields, 'citizen-a');
    expect(entry).toMatchObject({
      token,
      owner: 'citizen-a',
      fields: { category: 'E0101', description: '北京路口堆放建筑垃圾', lat: '23.163375', lng: '', address: '' },
    });
    expect(entry.photos.map((p) => [p.name, p.type])).toEqual([['现场.jpg', 'image/jpeg']]);

    const again = formDataOf(entry);
    expect(again.get('submissionToken')).toBe(token);
    expect(again.get('description')).toBe('北京路口堆放建筑垃圾');
    const photos = again.getAll('photos') as File[];
    expect(photos).toHaveLength(1);
    expect(photos[0]!.name).toBe('现场.jpg');
    expect(Buffer.from(await photos[0]!.arrayBuffer())).toEqual(plainJpeg);
    // Sent twice, it is the same report twice: one token, so one event on the server.
    expect(formDataOf(entry).get('submissionToken')).toBe(again.get('submissionToken'));
  });

  it('keeps two reports apart by their tokens', () => {
    const first = entryOf(form(crypto.randomUUID()), fields, 'citizen-a');
    const second = entryOf(form(crypto.randomUUID()), fields, 'citizen-a');
    expect(first.token).not.toBe(second.token);
  });

  it('shows and sends a signed-in subject only the reports that subject kept', () => {
    const mine = entryOf(form(crypto.randomUUID()), fields, 'citizen-a');
    const theirs = entryOf(form(crypto.randomUUID()), fields, 'citizen-b');
    // Kept before reports had an owner: nobody's, so never sent under anyone's account.
    const ownerless = { ...entryOf(form(crypto.randomUUID()), fields, ''), owner: undefined } as unknown as typeof mine;
    const kept = [mine, theirs, ownerless];
    expect(ownedBy(kept, 'citizen-a').map((e) => e.token)).toEqual([mine.token]);
    expect(ownedBy(kept, 'citizen-b').map((e) => e.token)).toEqual([theirs.token]);
    expect(ownedBy(kept, 'inspector1')).toEqual([]);
    // No subject named (it never should be): nothing, not the ownerless ones.
    expect(ownedBy(kept, '')).toEqual([]);
    expect(ownedBy([{ ...mine, owner: '' }], '')).toEqual([]);
  });
});
