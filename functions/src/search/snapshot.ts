/**
 * The binary snapshot of an index (stored in S3, loaded on a cold start). Layout:
 *
 *   "YXSI" · header length (u32) · header (UTF-8 JSON) · sections, each starting at a multiple of 8 bytes
 *
 * The header names the format, the indexed fields, the document types (their order numbers the bits of a
 * posting's field mask and the values of `documentTypes`) and each section's length in elements. The
 * sections are `IndexData`'s arrays, little-endian (the byte order of every Lambda architecture), and the
 * terms as one newline-separated UTF-8 text (a term is letters and digits only). Loading makes typed-array
 * views on the snapshot's bytes: nothing is copied or parsed but the header and the term list.
 */
import type { IndexData } from './index-data.js';
import { documentTypes } from './model.js';
import { indexedFields } from './scoring.js';

/** Bump when the layout, the fields or the document types change: snapshots of another format are rebuilt. */
export const snapshotFormat = 2;

const magic = 'YXSI';
const alignment = 8;

interface Header {
  readonly format: number;
  readonly fields: readonly string[];
  readonly types: readonly string[];
  readonly documentCount: number;
  readonly termCount: number;
  /** Each section's length in elements, in the order of `sectionsOf`. */
  readonly lengths: readonly number[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const aligned = (offset: number) => Math.ceil(offset / alignment) * alignment;

function sectionsOf(data: IndexData, terms: Uint8Array) {
  return [
    terms,
    data.termStarts,
    data.postingDocuments,
    data.postingFields,
    data.frequencyStarts,
    data.postingFrequencies,
    data.fieldLengths,
    data.documentTypes,
    data.stored.text,
    data.stored.offsets,
    data.stored.flags,
  ];
}

/** The snapshot of an index's data. */
export function encodeSnapshot(data: IndexData): Uint8Array {
  const sections = sectionsOf(data, encoder.encode(data.terms.join('\n')));
  const header: Header = {
    format: snapshotFormat,
    fields: indexedFields,
    types: documentTypes,
    documentCount: data.documentCount,
    termCount: data.terms.length,
    lengths: sections.map((s) => s.length),
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  let size = aligned(8 + headerBytes.length);
  for (const section of sections) size = aligned(size + section.byteLength);
  const bytes = new Uint8Array(size);
  bytes.set(encoder.encode(magic));
  new DataView(bytes.buffer).setUint32(4, headerBytes.length, true);
  bytes.set(headerBytes, 8);
  let offset = aligned(8 + headerBytes.length);
  for (const section of sections) {
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offset);
    offset = aligned(offset + section.byteLength);
  }
  return bytes;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** An index's data, as views on a snapshot's bytes. Throws on a snapshot of another format. */
export function decodeSnapshot(snapshot: Uint8Array): IndexData {
  // Typed-array views need their offsets aligned; bytes read from S3 may start anywhere in a shared buffer.
  const bytes = snapshot.byteOffset % alignment === 0 ? snapshot : snapshot.slice();
  if (bytes.length < 8 || decoder.decode(bytes.subarray(0, 4)) !== magic) throw new Error('not a search snapshot');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true);
  const header = JSON.parse(decoder.decode(bytes.subarray(8, 8 + headerLength))) as Header;
  if (
    header.format !== snapshotFormat ||
    !sameList(header.fields, indexedFields) ||
    !sameList(header.types, documentTypes)
  ) {
    throw new Error(`search snapshot of format ${header.format} (${header.fields}; ${header.types}) cannot be loaded`);
  }
  let offset = aligned(8 + headerLength);
  let section = 0;
  const next = <T>(
    make: (buffer: ArrayBufferLike, byteOffset: number, length: number) => T,
    bytesPerElement: number,
  ) => {
    const length = header.lengths[section++]!;
    const view = make(bytes.buffer, bytes.byteOffset + offset, length);
    offset = aligned(offset + length * bytesPerElement);
    return view;
  };
  const u8 = () => next((b, o, n) => new Uint8Array(b, o, n), 1);
  const u16 = () => next((b, o, n) => new Uint16Array(b, o, n), 2);
  const u32 = () => next((b, o, n) => new Uint32Array(b, o, n), 4);
  const termText = decoder.decode(u8());
  return {
    documentCount: header.documentCount,
    terms: header.termCount === 0 ? [] : termText.split('\n'),
    termStarts: u32(),
    postingDocuments: u32(),
    postingFields: u8(),
    frequencyStarts: u32(),
    postingFrequencies: u8(),
    fieldLengths: u16(),
    documentTypes: u8(),
    stored: { text: u8(), offsets: u32(), flags: u8() },
  };
}
