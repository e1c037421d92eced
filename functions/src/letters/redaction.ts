/**
 * Removes personal data from a letter's text before it is published (公开): phone numbers, resident ID
 * numbers, e-mail addresses, and the writer's own name wherever it appears. What is removed becomes a
 * placeholder, so a reader sees that something was there.
 */

const patterns: readonly [RegExp, string][] = [
  // Resident ID numbers (18 characters, the last may be X) before phones, which they contain.
  [/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, '［身份证号已隐去］'],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '［邮箱已隐去］'],
  // Mobile numbers, with or without +86 and separators.
  [/(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g, '［电话已隐去］'],
  // Landlines with an area code: 020-12345678, (020) 1234 5678.
  [/(?<!\d)\(?0\d{2,3}\)?[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g, '［电话已隐去］'],
];

/** `text` with personal data replaced; `names` (the writer's) are removed too, however often they occur. */
export function redactPersonalData(text: string, names: readonly string[] = []): string {
  let out = text;
  for (const [pattern, placeholder] of patterns) out = out.replace(pattern, placeholder);
  for (const name of names.map((n) => n.trim()).filter((n) => n.length >= 2)) {
    out = out.split(name).join('［姓名已隐去］');
  }
  return out;
}
