// The reports a phone keeps while it has no network (IndexedDB, photos included), sent when the network
// returns. Each keeps the submission token it was made with, so sending it again — after an answer that never
// arrived — is the same event on the server: sent exactly once. Each also keeps who made it (the signed-in
// subject the server page named): a phone passed between people never shows or sends one's report as another's.

/** One kept report: the form's fields and photos, and why the server refused it, if it did. */
export interface OutboxEntry {
  token: string;
  /** The signed-in subject who made it; only that subject's page shows or sends it. */
  owner: string;
  fields: Record<string, string>;
  photos: { name: string; type: string; blob: Blob }[];
  /** Set when the server refused it (a field to correct): it is no longer sent by itself. */
  refused?: boolean;
}

const database = 'yuexiu-report-outbox';
const storeName = 'reports';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: 'token' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB unavailable'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = work(db.transaction(storeName, mode).objectStore(storeName));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  } finally {
    db.close();
  }
}

export const keepReport = (entry: OutboxEntry) => run('readwrite', (s) => s.put(entry)).then(() => undefined);
const allKept = () => run<OutboxEntry[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>);
export const dropReport = (token: string) => run('readwrite', (s) => s.delete(token)).then(() => undefined);
/** Forgets every report the device keeps (at sign-out: none is left for whoever signs in next). */
export const forgetReports = () => run('readwrite', (s) => s.clear()).then(() => undefined);

/** The kept reports of this owner alone (a report kept without an owner belongs to nobody and is never sent). */
export const ownedBy = (entries: readonly OutboxEntry[], owner: string): OutboxEntry[] =>
  owner === '' ? [] : entries.filter((e) => e.owner === owner);

/** The reports this device keeps for the signed-in subject. */
export const keptReports = async (owner: string) => ownedBy(await allKept(), owner);

/** The report a form holds, to keep: its text fields and its chosen photos. */
export function entryOf(data: FormData, fieldNames: readonly string[], owner: string): OutboxEntry {
  const photos = data
    .getAll('photos')
    .filter((f): f is File => typeof f === 'object' && f.size > 0)
    .map((f) => ({ name: f.name, type: f.type, blob: f as Blob }));
  return {
    token: String(data.get('submissionToken') ?? ''),
    owner,
    fields: Object.fromEntries(fieldNames.map((f) => [f, String(data.get(f) ?? '')])),
    photos,
  };
}

/** The form a kept report is sent as (the same token, the same photos). */
export function formDataOf(entry: OutboxEntry): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entry.fields)) data.set(name, value);
  data.set('submissionToken', entry.token);
  for (const photo of entry.photos) data.append('photos', new File([photo.blob], photo.name, { type: photo.type }));
  return data;
}
