import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../functions/src/letters/redaction.js';

describe('redactPersonalData', () => {
  it('removes mobile numbers, landlines, ID numbers, e-mail addresses and the writer’s name', () => {
    const text =
      '我是李小明，手机 138-0013-8000 或 +86 13912345678，座机 020-83001234，身份证 44010419900307123X，邮箱 lxm@example.com。李小明敬上';
    const out = redactPersonalData(text, ['李小明']);
    for (const gone of ['李小明', '0013', '13912345678', '83001234', '44010419900307123X', 'lxm@example.com']) {
      expect(out).not.toContain(gone);
    }
    expect(out).toContain('［电话已隐去］');
    expect(out).toContain('［身份证号已隐去］');
    expect(out).toContain('［姓名已隐去］');
  });

  it('keeps ordinary numbers and text', () => {
    const text = '2026年3月共办理 120 件，窗口在 5 楼。';
    expect(redactPersonalData(text)).toBe(text);
  });
});
