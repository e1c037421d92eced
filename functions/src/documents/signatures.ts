import type { AcceptedContentType } from './model.js';

/**
 * The file type of the accepted materials by their magic bytes. Three signatures of our own instead of
 * a type-sniffing library: we accept only these three types, and anything else is simply "not one of
 * them". A PDF may legally have a few bytes before `%PDF-`, but every PDF a browser or scanner writes
 * starts with it, so we require it at offset 0.
 */
const signatures: readonly { readonly type: AcceptedContentType; readonly bytes: readonly number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** How many leading bytes `detectContentType` needs (read only these from the object). */
export const signatureLength = Math.max(...signatures.map((s) => s.bytes.length));

/** The accepted type whose signature the bytes start with, or undefined. */
export function detectContentType(head: Uint8Array): AcceptedContentType | undefined {
  return signatures.find((s) => s.bytes.length <= head.length && s.bytes.every((b, i) => head[i] === b))?.type;
}
