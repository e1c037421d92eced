import { AppError, notFound } from '../platform/errors.js';
import type { PublicLetter, PublicLetterQuery } from './model.js';
import { publicView } from './rules.js';
import * as store from './store.js';

/**
 * The public Q&A (`/mailbox/public`): published consultations, newest first, personal data removed when
 * they were published. A topic or an item filters within the pages read (published letters are few per day).
 */

const defaultLimit = 20;

const badCursor = () =>
  new AppError(400, 'INVALID_INPUT', 'cursor: not one this list returned', {
    fields: [{ field: 'cursor', message: 'pass back the nextCursor of the previous page' }],
  });

function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f-]{36}$/.test(key)) throw badCursor();
  return key;
}

export async function publicLetters(query: PublicLetterQuery): Promise<{ items: PublicLetter[]; nextCursor?: string }> {
  const limit = query.limit ?? defaultLimit;
  let before = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  const items: PublicLetter[] = [];
  // Read pages until the page is full (a topic filter may skip letters) or the list ends; at most 10 reads.
  for (let reads = 0; reads < 10 && items.length < limit; reads++) {
    const page = await store.publishedLetters(limit, before);
    for (const record of page) {
      const view = publicView(record);
      const wanted =
        view &&
        (query.topic === undefined || view.topic === query.topic) &&
        (query.item === undefined || view.item?.code === query.item);
      if (view && wanted && items.length < limit) {
        items.push(view);
        before = store.publicSortKey(record);
      }
    }
    if (page.length < limit) return { items };
    if (items.length < limit) before = store.publicSortKey(page.at(-1)!);
  }
  return { items, ...(before ? { nextCursor: Buffer.from(before).toString('base64url') } : {}) };
}

/**
 * One published question and answer by its letter number (the public letter page). A letter that does not
 * exist and one that is not published give the same 404: whether a number was used is not public.
 */
export async function publicLetter(letterNumber: string): Promise<PublicLetter> {
  const letterId = await store.letterIdForNumber(letterNumber);
  const record = letterId ? await store.getLetter(letterId) : undefined;
  const view = record ? publicView(record) : undefined;
  if (!view) throw notFound('Public letter');
  return view;
}

/** Every published question and answer, newest first (what site search indexes). */
export async function allPublicLetters(): Promise<PublicLetter[]> {
  const pageSize = 100;
  const all: PublicLetter[] = [];
  let before: string | undefined;
  for (;;) {
    const page = await store.publishedLetters(pageSize, before);
    for (const record of page) {
      const view = publicView(record);
      if (view) all.push(view);
    }
    if (page.length < pageSize) return all;
    before = store.publicSortKey(page.at(-1)!);
  }
}
