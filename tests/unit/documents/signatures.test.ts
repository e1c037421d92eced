import { describe, expect, it } from 'vitest';
import { detectContentType, signatureLength } from '../../../functions/src/documents/signatures.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n', 'latin1');
const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46);
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00);

describe('detectContentType (magic bytes)', () => {
  it('recognises PDF, JPEG and PNG from their first bytes', () => {
    expect(detectContentType(pdf)).toBe('application/pdf');
    expect(detectContentType(jpeg)).toBe('image/jpeg');
    expect(detectContentType(png)).toBe('image/png');
  });

  it('needs no more than the first signatureLength bytes', () => {
    expect(signatureLength).toBe(8);
    expect(detectContentType(png.subarray(0, signatureLength))).toBe('image/png');
  });

  it('answers undefined for other types, truncated signatures and empty input', () => {
    expect(detectContentType(Buffer.from('GIF89a'))).toBeUndefined();
    expect(detectContentType(Buffer.from('PK\u0003\u0004'))).toBeUndefined(); // zip / docx
    expect(detectContentType(Buffer.from('MZ\u0090\u0000'))).toBeUndefined(); // Windows executable
    expect(detectContentType(Buffer.from('<html>%PDF-'))).toBeUndefined(); // signature not at offset 0
    expect(detectContentType(Buffer.from('%PDF'))).toBeUndefined();
    expect(detectContentType(png.subarray(0, 7))).toBeUndefined();
    expect(detectContentType(bytes(0xff, 0xd8))).toBeUndefined();
    expect(detectContentType(new Uint8Array())).toBeUndefined();
  });

  it('does not take a PNG with a damaged line-ending check (CR LF) for a PNG', () => {
    expect(detectContentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0a, 0x1a, 0x0a, 0x00))).toBeUndefined();
  });
});
