import { describe, expect, it } from 'vitest';
import { anonymousUploader } from '../../../functions/src/letters/attachments.js';
import { anonymousUploadInput } from '../../../functions/src/letters/attachment-input.js';
import { maxLetterAttachments, writeLetterInput } from '../../../functions/src/letters/model.js';

const letter = (attachments: unknown) => ({
  type: 'consultation',
  topic: 'marriage',
  subject: '结婚登记材料',
  body: '请问结婚登记需要哪些材料？',
  publishConsent: false,
  submissionToken: '7f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6',
  attachments,
});

const issuesOf = (input: unknown) => {
  const parsed = writeLetterInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('letter attachments input', () => {
  it(`takes up to ${maxLetterAttachments} document ids`, () => {
    const ids = Array.from({ length: maxLetterAttachments }, () => crypto.randomUUID());

    expect(issuesOf(letter(ids))).toEqual([]);
    expect(issuesOf(letter(undefined))).toEqual([]);
  });

  it('refuses more files than a letter carries, the same file twice and ids that are not document ids', () => {
    const one = crypto.randomUUID();

    const tooMany = Array.from({ length: maxLetterAttachments + 1 }, () => crypto.randomUUID());
    expect(issuesOf(letter(tooMany))).toEqual([['attachments', `attachments: at most ${maxLetterAttachments} files`]]);
    expect(issuesOf(letter([one, one]))).toEqual([['attachments', 'attachments: each file once']]);
    expect(issuesOf(letter(['../etc/passwd']))).toEqual([
      ['attachments.0', 'attachments: document ids from the upload'],
    ]);
  });

  it("checks an anonymous upload like a material's and asks for the letter's submission token", () => {
    const upload = { fileName: '清单.pdf', contentType: 'application/pdf', size: 1000 };

    expect(anonymousUploadInput.safeParse({ ...upload, submissionToken: crypto.randomUUID() }).success).toBe(true);
    expect(anonymousUploadInput.safeParse(upload).success).toBe(false);
    expect(
      anonymousUploadInput.safeParse({ ...upload, contentType: 'image/gif', submissionToken: crypto.randomUUID() })
        .success,
    ).toBe(false);
  });
});

describe('anonymousUploader', () => {
  it('names the uploader by a hash of the submission token, never the token itself, the same each time', () => {
    const token = '7f1c2a4e-8b3d-4c5e-9f60-718293a4b5c6';

    expect(anonymousUploader(token)).toBe(anonymousUploader(token));
    expect(anonymousUploader(token)).not.toContain(token);
    expect(anonymousUploader(token)).toMatch(/^anonymous-letter-[0-9a-f]{32}$/);
    expect(anonymousUploader(crypto.randomUUID())).not.toBe(anonymousUploader(token));
  });
});
