import { describe, expect, it } from 'vitest';
import {
  hasImageMetadata,
  imageGpsLocation,
  stripImageMetadata,
} from '../../../functions/src/documents/image-metadata.js';
import { detectContentType } from '../../../functions/src/documents/signatures.js';
import { beijingRoad, exifTiff, jpegWithGps, plainJpeg } from '../../support/photos.js';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** A PNG chunk (the CRC is not checked by the walker, so zeros do). */
function chunk(type: string, data: number[]): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), Buffer.from(data), Buffer.alloc(4)]);
}
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ihdr = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const idat = chunk('IDAT', [1, 2, 3]);
const iend = chunk('IEND', []);

describe('a photo’s EXIF position', () => {
  it('reads the GPS position a phone wrote, north and east', () => {
    expect(imageGpsLocation(jpegWithGps(beijingRoad.lat, beijingRoad.lng))).toEqual({
      lat: expect.closeTo(beijingRoad.lat, 5),
      lng: expect.closeTo(beijingRoad.lng, 5),
    });
  });

  it('signs south and west, and reads a PNG’s eXIf chunk', () => {
    const png = Buffer.concat([pngSignature, ihdr, chunk('eXIf', exifTiff(-33.8568, -70.6693)), idat, iend]);
    expect(imageGpsLocation(png)).toEqual({ lat: expect.closeTo(-33.8568, 5), lng: expect.closeTo(-70.6693, 5) });
  });

  it('finds none in a photo without EXIF, a truncated one, or a file that is not an image', () => {
    expect(imageGpsLocation(plainJpeg)).toBeUndefined();
    const withGps = jpegWithGps(beijingRoad.lat, beijingRoad.lng);
    expect(imageGpsLocation(withGps.subarray(0, 60))).toBeUndefined();
    expect(imageGpsLocation(Buffer.from('%PDF-1.4 not a photo'))).toBeUndefined();
  });
});

describe('stripping a photo’s metadata', () => {
  it('removes EXIF, XMP and comments from a JPEG and keeps the picture byte for byte', () => {
    const original = jpegWithGps(beijingRoad.lat, beijingRoad.lng);
    expect(latin1(original)).toContain('PhoneMaker');
    const stripped = stripImageMetadata(original);
    expect(Buffer.from(stripped)).toEqual(plainJpeg);
    expect(latin1(stripped)).not.toContain('PhoneMaker');
    expect(latin1(stripped)).not.toContain('Exif');
    expect(imageGpsLocation(stripped)).toBeUndefined();
    expect(detectContentType(stripped)).toBe('image/jpeg');
    expect(hasImageMetadata(original)).toBe(true);
    expect(hasImageMetadata(stripped)).toBe(false);
  });

  it('keeps a colour profile and the Adobe transform a decoder needs', () => {
    const app = (marker: number, payload: string) => {
      const body = Buffer.from(payload, 'latin1');
      return Buffer.concat([Buffer.from([0xff, marker, 0, body.length + 2]), body]);
    };
    const icc = app(0xe2, 'ICC_PROFILE\0\x01\x01profile');
    const adobe = app(0xee, 'Adobe\0\x64\0\0\0\0\x01');
    const mpf = app(0xe2, 'MPF\0thumbnail');
    const image = Buffer.concat([plainJpeg.subarray(0, 2), icc, mpf, adobe, plainJpeg.subarray(2)]);
    expect(Buffer.from(stripImageMetadata(image))).toEqual(
      Buffer.concat([plainJpeg.subarray(0, 2), icc, adobe, plainJpeg.subarray(2)]),
    );
  });

  it('removes a PNG’s text, time and EXIF chunks', () => {
    const png = Buffer.concat([
      pngSignature,
      ihdr,
      chunk('tEXt', [...Buffer.from('Author\0Someone')]),
      chunk('eXIf', exifTiff(23.1, 113.2)),
      chunk('tIME', [7, 234, 12, 7, 5, 0, 0]),
      idat,
      iend,
    ]);
    expect(Buffer.from(stripImageMetadata(png))).toEqual(Buffer.concat([pngSignature, ihdr, idat, iend]));
  });

  it('gives back the same bytes when there is nothing to remove or nothing it can walk', () => {
    expect(stripImageMetadata(plainJpeg)).toBe(plainJpeg);
    const pdf = Buffer.from('%PDF-1.4');
    expect(stripImageMetadata(pdf)).toBe(pdf);
    const broken = Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]);
    expect(stripImageMetadata(broken)).toBe(broken);
  });
});
