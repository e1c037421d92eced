import { GetObjectTaggingCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { resetConfig } from '../../../functions/src/platform/config.js';
import {
  createGuardDutyScanner,
  scanStatusTag,
  type TaggingReader,
} from '../../../functions/src/documents/scan/guardduty.js';
import { malwareScanner } from '../../../functions/src/documents/scan/index.js';
import { createTypeAndSizeOnlyScanner } from '../../../functions/src/documents/scan/local.js';
import { validEnvironment } from '../../support/config-fixture.js';

const object = { bucket: 'yuexiu-dev-documents', key: 'documents/u1/d1', versionId: 'v-1' };

/** A fake S3 client that answers GetObjectTagging with the given tags and records what was asked. */
function fakeS3(tags: Record<string, string>) {
  const calls: GetObjectTaggingCommand['input'][] = [];
  const client: TaggingReader = {
    send: async (command) => {
      expect(command).toBeInstanceOf(GetObjectTaggingCommand);
      calls.push(command.input);
      return { TagSet: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })) };
    },
  };
  return { client, calls };
}

describe('GuardDuty scan adapter', () => {
  it('passes only NO_THREATS_FOUND, reading the tag of exactly the checked version', async () => {
    const { client, calls } = fakeS3({ [scanStatusTag]: 'NO_THREATS_FOUND', project: 'yuexiu' });
    const scanner = createGuardDutyScanner(() => client);
    expect(scanner.method).toBe('guardduty');
    expect(await scanner.verdict(object)).toEqual({ state: 'passed', result: 'NO_THREATS_FOUND' });
    expect(calls).toEqual([{ Bucket: object.bucket, Key: object.key, VersionId: 'v-1' }]);
  });

  it('keeps an object without the tag pending (not usable yet)', async () => {
    const { client } = fakeS3({ project: 'yuexiu' });
    expect(await createGuardDutyScanner(() => client).verdict(object)).toEqual({ state: 'pending' });
  });

  it.each(['THREATS_FOUND', 'UNSUPPORTED', 'ACCESS_DENIED', 'FAILED', 'SOMETHING_NEW', '', 'no_threats_found'])(
    'rejects %j (fail closed)',
    async (value) => {
      const { client } = fakeS3({ [scanStatusTag]: value });
      expect(await createGuardDutyScanner(() => client).verdict(object)).toEqual({ state: 'rejected', result: value });
    },
  );

  it('lets S3 errors through instead of guessing a verdict', async () => {
    const scanner = createGuardDutyScanner(() => ({
      send: async () => {
        throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied' });
      },
    }));
    await expect(scanner.verdict(object)).rejects.toThrow('Access Denied');
  });
});

describe('local scan adapter (type and size only)', () => {
  it('claims no scan: it passes with method type-and-size-only and result NOT_SCANNED', async () => {
    const scanner = createTypeAndSizeOnlyScanner();
    expect(scanner.method).toBe('type-and-size-only');
    expect(await scanner.verdict(object)).toEqual({ state: 'passed', result: 'NOT_SCANNED' });
  });
});

describe('MALWARE_SCAN wiring', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    resetConfig();
  });

  it.each([
    ['guardduty', 'guardduty'],
    ['local', 'type-and-size-only'],
  ] as const)('MALWARE_SCAN=%s wires the %s adapter', (value, method) => {
    process.env = { ...saved, ...validEnvironment, MALWARE_SCAN: value };
    resetConfig();
    expect(malwareScanner().method).toBe(method);
  });

  it('has no default: a missing or unknown MALWARE_SCAN stops start-up naming the variable', () => {
    const { MALWARE_SCAN: _gone, ...without } = validEnvironment;
    process.env = { ...without };
    resetConfig();
    expect(() => malwareScanner()).toThrow(/MALWARE_SCAN/);
    process.env = { ...validEnvironment, MALWARE_SCAN: 'none' };
    resetConfig();
    expect(() => malwareScanner()).toThrow(/MALWARE_SCAN/);
  });

  it('refuses the local adapter in prod', () => {
    process.env = { ...validEnvironment, STAGE: 'prod', MALWARE_SCAN: 'local' };
    resetConfig();
    expect(() => malwareScanner()).toThrow(/MALWARE_SCAN: must be guardduty when STAGE=prod/);
  });
});
