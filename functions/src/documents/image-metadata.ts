/**
 * A photo's metadata, without an image library: the GPS position its EXIF records (read), and every metadata
 * segment or chunk removed (strip) so what is stored says nothing of the phone, the time or the place.
 *
 * JPEG: the segments before the scan are walked; APP1–APP15 and COM go (EXIF, XMP, IPTC/Photoshop, MPF
 * thumbnails, comments), except the two a decoder needs to show the same picture — an APP2 ICC_PROFILE (the
 * colours) and APP14 Adobe (the colour transform); APP0 (JFIF) and the scan stay byte for byte. PNG: the chunks
 * eXIf, tEXt, zTXt, iTXt and tIME go. Nothing is re-encoded, so the pixels are unchanged; the EXIF orientation
 * goes with the rest (a phone photo may then show as it was taken, sideways).
 *
 * Pure (no Node or DOM), so the portal reads the position in the browser too, before the photo is sent.
 */

export interface GpsLocation {
  lat: number;
  lng: number;
}

const jpegSoi = [0xff, 0xd8];
const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, Math.min(bytes.length, at + length)));

/** A JPEG's segments before its scan: marker, where the segment starts and ends (marker included). */
interface Segment {
  marker: number;
  start: number;
  end: number;
}

/** The segments up to and including SOS; `rest` is where the scan data begins. Undefined if malformed. */
function jpegSegments(bytes: Uint8Array): { segments: Segment[]; rest: number } | undefined {
  if (!startsWith(bytes, jpegSoi)) return undefined;
  const segments: Segment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    let markerAt = at + 1;
    while (bytes[markerAt] === 0xff && markerAt < bytes.length) markerAt += 1; // fill bytes
    const marker = bytes[markerAt]!;
    const length = (bytes[markerAt + 1]! << 8) | bytes[markerAt + 2]!;
    const end = markerAt + 1 + length;
    if (length < 2 || end > bytes.length) return undefined;
    segments.push({ marker, start: at, end });
    at = end;
    if (marker === 0xda) return { segments, rest: at };
  }
  return undefined;
}

/** Whether a JPEG segment is metadata to strip. */
function isJpegMetadata(bytes: Uint8Array, { marker, start, end }: Segment): boolean {
  if (marker === 0xfe) return true; // COM
  if (marker < 0xe1 || marker > 0xef) return false; // not APP1–APP15
  const payload = start + 4;
  if (marker === 0xe2) return ascii(bytes, payload, 12) !== 'ICC_PROFILE\0';
  if (marker === 0xee) return ascii(bytes, payload, 5) !== 'Adobe' || end - payload > 12;
  return true;
}

interface PngChunk {
  type: string;
  start: number;
  end: number;
  dataStart: number;
  dataEnd: number;
}

function pngChunks(bytes: Uint8Array): PngChunk[] | undefined {
  if (!startsWith(bytes, pngSignature)) return undefined;
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    const end = at + 12 + length;
    if (end > bytes.length) return undefined;
    const type = ascii(bytes, at + 4, 4);
    chunks.push({ type, start: at, end, dataStart: at + 8, dataEnd: at + 8 + length });
    at = end;
    if (type === 'IEND') return chunks;
  }
  return undefined;
}

const pngMetadata = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The image without its metadata (see above); the same bytes when there was none, or when the file is not a
 * JPEG or PNG this can walk (the documents check refuses those before).
 */
export function stripImageMetadata(bytes: Uint8Array): Uint8Array {
  const jpeg = jpegSegments(bytes);
  if (jpeg) {
    const dropped = jpeg.segments.filter((s) => isJpegMetadata(bytes, s));
    if (dropped.length === 0) return bytes;
    const kept = jpeg.segments.filter((s) => !isJpegMetadata(bytes, s)).map((s) => bytes.subarray(s.start, s.end));
    return concat([bytes.subarray(0, 2), ...kept, bytes.subarray(jpeg.rest)]);
  }
  const png = pngChunks(bytes);
  if (png) {
    if (!png.some((c) => pngMetadata.has(c.type))) return bytes;
    const kept = png.filter((c) => !pngMetadata.has(c.type)).map((c) => bytes.subarray(c.start, c.end));
    return concat([bytes.subarray(0, 8), ...kept, bytes.subarray(png.at(-1)!.end)]);
  }
  return bytes;
}

/** Whether the image still carries metadata stripImageMetadata removes. */
export const hasImageMetadata = (bytes: Uint8Array) => stripImageMetadata(bytes) !== bytes;

/** The EXIF block (a TIFF structure) of a JPEG's APP1 "Exif" segment or a PNG's eXIf chunk. */
function exifBlock(bytes: Uint8Array): Uint8Array | undefined {
  const jpeg = jpegSegments(bytes);
  if (jpeg) {
    const app1 = jpeg.segments.find((s) => s.marker === 0xe1 && ascii(bytes, s.start + 4, 6) === 'Exif\0\0');
    return app1 ? bytes.subarray(app1.start + 10, app1.end) : undefined;
  }
  const chunk = pngChunks(bytes)?.find((c) => c.type === 'eXIf');
  return chunk ? bytes.subarray(chunk.dataStart, chunk.dataEnd) : undefined;
}

/** The tags of one TIFF directory, by tag number, with readers of their values. */
function tiffReader(tiff: Uint8Array) {
  const little = ascii(tiff, 0, 2) === 'II';
  if (!little && ascii(tiff, 0, 2) !== 'MM') return undefined;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const inside = (at: number, size: number) => at >= 0 && at + size <= tiff.length;
  const u16 = (at: number) => (inside(at, 2) ? view.getUint16(at, little) : undefined);
  const u32 = (at: number) => (inside(at, 4) ? view.getUint32(at, little) : undefined);
  /** tag → offset of its 4-byte value-or-offset field. */
  const directory = (offset: number) => {
    const entries = new Map<number, { type: number; count: number; field: number }>();
    const count = u16(offset) ?? 0;
    for (let i = 0; i < count; i += 1) {
      const at = offset + 2 + i * 12;
      const tag = u16(at);
      const type = u16(at + 2);
      const n = u32(at + 4);
      if (tag === undefined || type === undefined || n === undefined) break;
      entries.set(tag, { type, count: n, field: at + 8 });
    }
    return entries;
  };
  return { u32, directory, first: u16(2) === 42 ? u32(4) : undefined, ascii: (at: number) => ascii(tiff, at, 1) };
}

/**
 * The position the photo's EXIF GPS tags record (WGS 84 degrees), or undefined when it has none or they do not
 * read as a place on Earth.
 */
export function imageGpsLocation(bytes: Uint8Array): GpsLocation | undefined {
  const tiff = exifBlock(bytes);
  const reader = tiff && tiffReader(tiff);
  if (!reader || reader.first === undefined) return undefined;
  const gpsPointer = reader.directory(reader.first).get(0x8825);
  const gpsOffset = gpsPointer && reader.u32(gpsPointer.field);
  if (gpsOffset === undefined) return undefined;
  const gps = reader.directory(gpsOffset);
  const degrees = (tag: number): number | undefined => {
    const entry = gps.get(tag);
    if (!entry || entry.type !== 5 || entry.count !== 3) return undefined; // three RATIONALs
    const offset = reader.u32(entry.field);
    if (offset === undefined) return undefined;
    const parts = [0, 1, 2].map((i) => {
      const num = reader.u32(offset + i * 8);
      const den = reader.u32(offset + i * 8 + 4);
      return num === undefined || !den ? undefined : num / den;
    });
    if (parts.some((p) => p === undefined)) return undefined;
    const [d, m, s] = parts as number[];
    return d! + m! / 60 + s! / 3600;
  };
  const ref = (tag: number) => {
    const entry = gps.get(tag);
    return entry && entry.type === 2 ? reader.ascii(entry.field) : undefined;
  };
  const lat = degrees(2);
  const lng = degrees(4);
  if (lat === undefined || lng === undefined || lat > 90 || lng > 180) return undefined;
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    lat: round(ref(1) === 'S' ? -lat : lat),
    lng: round(ref(3) === 'W' ? -lng : lng),
  };
}
