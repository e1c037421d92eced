import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unattachedUploadExpiry } from '../../../functions/src/documents/model.js';

/**
 * Issue 10 §9: at the pending-upload limit the portal says why a file was not uploaded and when the unsent
 * files go away; the days it names must be the lifecycle rule's. (tests/e2e/upload-quota.spec.ts shows it.)
 */
const messages = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../../web/messages/${locale}.json`, import.meta.url), 'utf8')) as {
    Apply: { upload: Record<string, string>; materialProblem: Record<string, string> };
  };

describe('the pending-upload limit message', () => {
  it.each([
    ['zh-CN', `${unattachedUploadExpiry.days} 天`, '上限'],
    ['en', `${unattachedUploadExpiry.days} days`, 'limit'],
  ])('in %s names the limit and the expiry of unsent files', (locale, days, limit) => {
    const { upload, materialProblem } = messages(locale).Apply;
    for (const text of [upload.tooManyPending, materialProblem.tooManyPending]) {
      expect(text).toContain(days);
      expect(text).toContain(limit);
    }
    expect(upload.tooManyPending).toContain('{fileName}');
    expect(materialProblem.tooManyPending).toContain('{material}');
  });
});
