import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReceiptPdf, type Receipt } from '../../../functions/src/pdf/index.js';
import { qrMatrix } from '../../../functions/src/pdf/qr.js';
import { receipt, statusUrl } from './fixtures.js';
import { readPdf, type ReadPdf } from './pdf-reader.js';
import { decodeQr, drawnModules } from './qr-check.js';

const squash = (text: string) => text.replace(/\s+/g, '');
let bytes: Uint8Array;
let pdf: ReadPdf;

beforeAll(async () => {
  bytes = await renderReceiptPdf(receipt);
  pdf = await readPdf(bytes);
}, 60_000);

describe('the acceptance receipt', { timeout: 30_000 }, () => {
  it('states the case, the applicant, the channel and the dates (China time) on one page', () => {
    expect(pdf.pages).toHaveLength(1);
    for (const text of [
      '受理通知书',
      'Notice of acceptance',
      '办件编号',
      'Case number',
      'YX20260105-000123',
      '内地居民婚姻登记 Marriage registration（440104-MZ-0001）',
      '张*三',
      '窗口受理 At the counter：越秀区政务服务中心 3 号窗口',
      '2026年1月5日 10:10',
      '2026年1月5日 10:30',
      '2026年1月12日',
      '咨询电话 Enquiries：020-83000000',
      '第 1 页 / 共 1 页',
    ]) {
      expect(pdf.text).toContain(text);
    }
  });

  it('lists the materials with their copies, files and SHA-256', () => {
    expect(pdf.text).toMatch(/1\s+居民身份证\s+1\s+id-card\.pdf/);
    expect(pdf.text).toMatch(/2\s+户口簿\s+1/);
    expect(pdf.text).toMatch(/3\s+近期2寸半身免冠合影照片\s+3\s+合影照片\.jpg/);
    for (const material of receipt.materials) {
      if (material.sha256) expect(squash(pdf.text)).toContain(material.sha256);
    }
  });

  it('lists a material given as an e-certificate with its type, number and masked holder instead of a file', async () => {
    const withCertificate: Receipt = {
      ...receipt,
      materials: [
        {
          name: '高龄老人津贴资格证明',
          count: 1,
          certificate: { typeName: '高龄老人津贴资格证明', number: 'YXZ-2026-000042', holder: '王*' },
        },
        ...receipt.materials.slice(1),
      ],
    };
    const text = (await readPdf(await renderReceiptPdf(withCertificate))).text;
    expect(text).toContain('电子文件及 SHA-256 / 电子证照');
    expect(text).toMatch(/1\s+高龄老人津贴资格证明\s+1\s+电子证照 E-certificate：高龄老人津贴资格证明/);
    expect(text).toContain('证照编号 No.：YXZ-2026-000042');
    expect(text).toContain('持证人 Holder：王*');
  });

  it('prints the status URL and draws it as a QR code that decodes to it', async () => {
    expect(pdf.text).toContain(statusUrl);
    expect(await decodeQr(pdf)).toBe(statusUrl);
  });

  it('draws exactly the modules of QRCode.create(statusUrl)', async () => {
    const { modules } = QRCode.create(statusUrl, { errorCorrectionLevel: 'M' });
    const expected = qrMatrix(statusUrl);
    expect(expected.flat().filter(Boolean).length).toBe(modules.data.reduce((sum, bit) => sum + bit, 0));
    expect(await drawnModules(bytes)).toEqual(expected);
  });

  it('carries its metadata and is the same file for the same receipt', async () => {
    expect(pdf.info).toMatchObject({
      Title: '受理通知书 Notice of acceptance YX20260105-000123',
      Creator: '越秀号 Yuexiu-hao',
      CreationDate: 'D:20260105023000Z',
    });
    expect(Buffer.from(await renderReceiptPdf(receipt)).equals(Buffer.from(bytes))).toBe(true);
    expect(bytes.length).toBeLessThan(150_000);
  });

  it('says when an online application still awaits acceptance', async () => {
    const pending: Receipt = { ...receipt, channel: 'online', acceptedAt: undefined, promisedDeadline: undefined };
    delete pending.station;
    const text = (await readPdf(await renderReceiptPdf(pending))).text;
    for (const words of [
      '申请回执',
      'Submission receipt',
      '网上申请 Online',
      '受理后确定 Set on acceptance',
      '正在等待受理',
    ]) {
      expect(text).toContain(words);
    }
    for (const words of ['窗口', '待受理 Awaiting', '受理时间', '受理通知书 Notice', '受理回执'])
      expect(text).not.toContain(words);
  });

  it('refuses a status URL that is not absolute', async () => {
    await expect(renderReceiptPdf({ ...receipt, statusUrl: '/cases/1' })).rejects.toThrow(/not an absolute URL/);
  });
});
