import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../web/lib/file-size.js';

describe('file sizes', () => {
  it('gives one size for one file, whoever reads it', () => {
    expect(formatFileSize(614, 'zh-CN')).toBe('614 B');
    expect(formatFileSize(1100, 'zh-CN')).toBe('1.1 KB');
    expect(formatFileSize(20_480, 'en')).toBe('20 KB');
    expect(formatFileSize(5 * 1024 * 1024 + 300_000, 'en')).toBe('5.3 MB');
    expect(formatFileSize(12_345_678, 'zh-CN')).toBe('12 MB');
  });
});
