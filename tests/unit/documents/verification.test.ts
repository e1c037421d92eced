import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { MalwareScanner, ScanVerdict } from '../../../functions/src/documents/scan/port.js';
import {
  checkDocument,
  isCheckedVersion,
  ObjectChangedError,
  type ObjectReader,
  type ObjectVersion,
} from '../../../functions/src/documents/verification.js';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

/** An in-memory object with one version, counting what the check read. */
function memoryObject(bytes: Buffer | undefined, version: Partial<ObjectVersion> = {}) {
  const reads = { head: 0, firstBytes: [] as number[], full: 0 };
  const current: ObjectVersion | undefined = bytes && { size: bytes.length, etag: '"e1"', ...version };
  const reader: ObjectReader = {
    bucket: 'b',
    key: 'documents/u/d',
    current: async () => {
      reads.head++;
      return current;
    },
    firstBytes: async (v, count) => {
      expect(v).toEqual(current);
      reads.firstBytes.push(count);
      return bytes!.subarray(0, count);
    },
    sha256: async (v) => {
      expect(v).toEqual(current);
      reads.full++;
      return createHash('sha256').update(bytes!).digest('hex');
    },
  };
  return { reader, reads };
}

const scanner = (verdict: ScanVerdict, method: MalwareScanner['method'] = 'guardduty'): MalwareScanner => ({
  method,
  verdict: async () => verdict,
});
const clean = scanner({ state: 'passed', result: 'NO_THREATS_FOUND' });
const now = () => '2026-03-02T08:00:00.000Z';
const declared = (contentType: string, declaredSize: number) => ({ contentType, declaredSize });

describe('checkDocument', () => {
  it('passes a real PDF of the declared size, with the SHA-256 of its bytes and the checked version', async () => {
    const { reader, reads } = memoryObject(pdf, { versionId: 'v1' });
    const check = await checkDocument(declared('application/pdf', pdf.length), {
      reader,
      scanner: clean,
      maxBytes: 1000,
      now,
    });
    expect(check).toEqual({
      outcome: 'passed',
      scan: 'guardduty',
      scanResult: 'NO_THREATS_FOUND',
      detectedType: 'application/pdf',
      storedSize: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      etag: '"e1"',
      versionId: 'v1',
      checkedAt: now(),
    });
    expect(reads).toEqual({ head: 1, firstBytes: [8], full: 1 });
  });

  it('records honestly that the local adapter scanned nothing', async () => {
    const { reader } = memoryObject(pdf);
    const local = scanner({ state: 'passed', result: 'NOT_SCANNED' }, 'type-and-size-only');
    const check = await checkDocument(declared('application/pdf', pdf.length), {
      reader,
      scanner: local,
      maxBytes: 1000,
      now,
    });
    expect(check).toMatchObject({ outcome: 'passed', scan: 'type-and-size-only', scanResult: 'NOT_SCANNED' });
  });

  it('answers undefined while nothing was uploaded', async () => {
    const { reader } = memoryObject(undefined);
    expect(await checkDocument(declared('application/pdf', 10), { reader, scanner: clean, maxBytes: 1000, now })).toBe(
      undefined,
    );
  });

  it('rejects a PNG declared as PDF without hashing it', async () => {
    const { reader, reads } = memoryObject(png);
    const check = await checkDocument(declared('application/pdf', png.length), {
      reader,
      scanner: clean,
      maxBytes: 1000,
      now,
    });
    expect(check).toMatchObject({ outcome: 'rejected', code: 'MATERIAL_TYPE_MISMATCH', detectedType: 'image/png' });
    expect(check?.sha256).toBeUndefined();
    expect(reads.full).toBe(0);
  });

  it('rejects a size other than declared before reading any content', async () => {
    const { reader, reads } = memoryObject(pdf);
    const check = await checkDocument(declared('application/pdf', pdf.length - 1), {
      reader,
      scanner: clean,
      maxBytes: 1000,
      now,
    });
    expect(check).toMatchObject({ outcome: 'rejected', code: 'MATERIAL_SIZE_MISMATCH', storedSize: pdf.length });
    expect(reads.firstBytes).toEqual([]);
  });

  it('rejects an object over the limit as too large', async () => {
    const { reader } = memoryObject(pdf);
    const check = await checkDocument(declared('application/pdf', pdf.length), {
      reader,
      scanner: clean,
      maxBytes: pdf.length - 1,
      now,
    });
    expect(check).toMatchObject({ outcome: 'rejected', code: 'MATERIAL_TOO_LARGE' });
  });

  it('keeps a material without a scan result scanning, and rejects a bad verdict', async () => {
    const pending = await checkDocument(declared('application/pdf', pdf.length), {
      reader: memoryObject(pdf).reader,
      scanner: scanner({ state: 'pending' }),
      maxBytes: 1000,
      now,
    });
    expect(pending).toMatchObject({ outcome: 'scanning', code: 'MATERIAL_NOT_SCANNED' });
    expect(pending?.sha256).toBeUndefined();
    const infected = await checkDocument(declared('application/pdf', pdf.length), {
      reader: memoryObject(pdf).reader,
      scanner: scanner({ state: 'rejected', result: 'THREATS_FOUND' }),
      maxBytes: 1000,
      now,
    });
    expect(infected).toMatchObject({ outcome: 'rejected', code: 'MATERIAL_REJECTED', scanResult: 'THREATS_FOUND' });
  });

  it('lets ObjectChangedError through when the object is replaced during the check', async () => {
    const { reader } = memoryObject(pdf);
    reader.sha256 = async () => {
      throw new ObjectChangedError();
    };
    await expect(
      checkDocument(declared('application/pdf', pdf.length), { reader, scanner: clean, maxBytes: 1000, now }),
    ).rejects.toBeInstanceOf(ObjectChangedError);
  });
});

describe('isCheckedVersion', () => {
  const check = {
    outcome: 'passed',
    scan: 'guardduty',
    storedSize: 3,
    etag: '"e1"',
    versionId: 'v1',
    checkedAt: now(),
  } as const;

  it('accepts only the same ETag and VersionId', () => {
    expect(isCheckedVersion(check, { size: 3, etag: '"e1"', versionId: 'v1' })).toBe(true);
    expect(isCheckedVersion(check, { size: 3, etag: '"e2"', versionId: 'v1' })).toBe(false);
    expect(isCheckedVersion(check, { size: 3, etag: '"e1"', versionId: 'v2' })).toBe(false);
    expect(isCheckedVersion(check, undefined)).toBe(false);
  });

  it('compares ETags alone where the bucket is not versioned (s3rver)', () => {
    const unversioned = { ...check, versionId: undefined };
    expect(isCheckedVersion(unversioned, { size: 3, etag: '"e1"' })).toBe(true);
    expect(isCheckedVersion(unversioned, { size: 3, etag: '"e2"' })).toBe(false);
  });
});
