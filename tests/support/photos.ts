/**
 * Photos for the grid's tests: a small real JPEG (48×32, as a phone's camera would give it once scaled down),
 * and the same picture with the EXIF a phone writes — the camera's make and model, and the GPS position where
 * it was taken — plus a comment, all of which the stored copy must lose.
 */

/** A 48×32 baseline JPEG without metadata (JFIF only). */
export const plainJpeg = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk8BDg4OExETJhUVJk81LTVPT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT//AABEIACAAMAMBEQACEQEDEQH/xAGiAAABBQEBAQEBAQAAAAAAAAAAAQIDBAUGBwgJCgsQAAIBAwMCBAMFBQQEAAABfQECAwAEEQUSITFBBhNRYQcicRQygZGhCCNCscEVUtHwJDNicoIJChYXGBkaJSYnKCkqNDU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6g4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2drh4uPk5ebn6Onq8fLz9PX29/j5+gEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoLEQACAQIEBAMEBwUEBAABAncAAQIDEQQFITEGEkFRB2FxEyIygQgUQpGhscEJIzNS8BVictEKFiQ04SXxFxgZGiYnKCkqNTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqCg4SFhoeIiYqSk5SVlpeYmZqio6Slpqeoqaqys7S1tre4ubrCw8TFxsfIycrS09TV1tfY2dri4+Tl5ufo6ery8/T19vf4+fr/2gAMAwEAAhEDEQA/ALIWvFueymKFpXKTHBaVy0xQtK5SY4LSuUmKFouUmIFoucCYoWi5SYoWlctMcFpXKTFC0rlJjgtFy0xoWi556Y4LRctMULSuUmOC0rlJihaVykxwWi5aY0LRc89McFouWmKFpXKTHBaVykxQtK5aYoWi5SZ//9k=',
  'base64',
);

const u16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];
const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const text = (s: string) => [...Buffer.from(s, 'latin1')];

/** Degrees as the three RATIONALs of EXIF: degrees, minutes, seconds in 1/1000. */
function dms(value: number): number[] {
  const abs = Math.abs(value);
  const d = Math.floor(abs);
  const m = Math.floor((abs - d) * 60);
  const s = Math.round(((abs - d) * 60 - m) * 60 * 1000);
  return [...u32(d), ...u32(1), ...u32(m), ...u32(1), ...u32(s), ...u32(1000)];
}

/** A big-endian TIFF block: IFD0 (Make, GPS pointer) and a GPS IFD with the position. */
export function exifTiff(lat: number, lng: number, make = 'PhoneMaker'): number[] {
  const makeText = [...text(make), 0];
  // Layout: header 8 | IFD0 (2 + 2×12 + 4 = 30) | GPS IFD (2 + 4×12 + 4 = 54) | make | lat | lng
  const ifd0 = 8;
  const gpsIfd = ifd0 + 30;
  const makeAt = gpsIfd + 54;
  const latAt = makeAt + makeText.length;
  const lngAt = latAt + 24;
  const entry = (tag: number, type: number, count: number, value: number[]) => [
    ...u16(tag),
    ...u16(type),
    ...u32(count),
    ...value,
  ];
  return [
    ...text('MM'),
    ...u16(42),
    ...u32(ifd0),
    ...u16(2),
    ...entry(0x010f, 2, makeText.length, u32(makeAt)),
    ...entry(0x8825, 4, 1, u32(gpsIfd)),
    ...u32(0),
    ...u16(4),
    ...entry(1, 2, 2, [...text(lat < 0 ? 'S' : 'N'), 0, 0, 0]),
    ...entry(2, 5, 3, u32(latAt)),
    ...entry(3, 2, 2, [...text(lng < 0 ? 'W' : 'E'), 0, 0, 0]),
    ...entry(4, 5, 3, u32(lngAt)),
    ...u32(0),
    ...makeText,
    ...dms(lat),
    ...dms(lng),
  ];
}

const segment = (marker: number, payload: number[]) => [0xff, marker, ...u16(payload.length + 2), ...payload];

/** plainJpeg with an EXIF APP1 (make, GPS at lat/lng), an XMP APP1 and a comment after its JFIF APP0. */
export function jpegWithGps(lat: number, lng: number): Buffer {
  const app0End = 4 + ((plainJpeg[4]! << 8) | plainJpeg[5]!);
  return Buffer.concat([
    plainJpeg.subarray(0, app0End),
    Buffer.from(segment(0xe1, [...text('Exif\0\0'), ...exifTiff(lat, lng)])),
    Buffer.from(segment(0xe1, [...text('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>PhoneMaker</x:xmpmeta>')])),
    Buffer.from(segment(0xfe, text('Taken with a PhoneMaker'))),
    plainJpeg.subarray(app0End),
  ]);
}

/** The middle of 北京街's first grid cell (beijing-01-1), as a phone records it. */
export const beijingRoad = { lat: 23.163375, lng: 113.254688 };
