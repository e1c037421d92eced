import { beforeAll, describe, expect, it } from 'vitest';
import { renderResultPdf } from '../../../functions/src/pdf/index.js';
import { qrMatrix } from '../../../functions/src/pdf/qr.js';
import { result, statusUrl } from './fixtures.js';
import { readPdf, type ReadPdf } from './pdf-reader.js';
import { decodeQr, drawnModules } from './qr-check.js';

let bytes: Uint8Array;
let rejected: ReadPdf;
let approved: ReadPdf;

beforeAll(async () => {
  bytes = await renderResultPdf(result);
  rejected = await readPdf(bytes);
  approved = await readPdf(await renderResultPdf({ ...result, outcome: 'approved', comment: undefined }));
}, 60_000);

describe('the result notice', { timeout: 30_000 }, () => {
  it('states the decision with its reasons, document number and deciding role on one page', () => {
    expect(rejected.pages).toHaveLength(1);
    for (const text of [
      '办理结果通知书',
      'Notice of decision',
      '越民婚〔2026〕12号',
      '张*三：',
      'YX20260105-000123',
      '不予办理 Not approved',
      '2026年1月8日 15:45',
      '婚姻登记处审批岗 Approval desk, Marriage Registry',
      '理由 Reasons',
      result.comment!,
      '第 1 页 / 共 1 页',
    ]) {
      expect(rejected.text).toContain(text);
    }
  });

  it('tells a rejected applicant how to appeal, and an approved one not', () => {
    expect(rejected.text).toContain('六十日内依法申请行政复议');
    expect(approved.text).toContain('准予办理 Approved');
    expect(approved.text).not.toContain('行政复议');
    expect(approved.text).not.toContain('理由');
  });

  it('prints the status URL and a QR code of it', async () => {
    expect(rejected.text).toContain(statusUrl);
    expect(await drawnModules(bytes)).toEqual(qrMatrix(statusUrl));
    expect(await decodeQr(rejected)).toBe(statusUrl);
  });

  it('is dated from the decision and the same file for the same notice', async () => {
    expect(rejected.info).toMatchObject({ CreationDate: 'D:20260108074500Z', Creator: '越秀号 Yuexiu-hao' });
    expect(Buffer.from(await renderResultPdf(result)).equals(Buffer.from(bytes))).toBe(true);
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('refuses a rejection without reasons', async () => {
    await expect(renderResultPdf({ ...result, comment: '  ' })).rejects.toThrow(/needs its reasons/);
  });
});
