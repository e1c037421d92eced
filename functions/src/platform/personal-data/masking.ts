/**
 * Masked forms of personal data, shown unless the viewer needs the full value. Masking never throws:
 * a value of an unexpected shape is masked completely rather than shown.
 */

const stars = (n: number) => '*'.repeat(Math.max(n, 0));

/** `440104199001011234` → `440104********1234`: region and last four kept. */
export function maskResidentId(id: string): string {
  if (id.length !== 18) return stars(id.length || 18);
  return `${id.slice(0, 6)}${stars(8)}${id.slice(14)}`;
}

/** `13800138000` → `138****8000`. */
export function maskPhone(phone: string): string {
  if (phone.length !== 11) return stars(phone.length || 11);
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}

/** `陈小明` → `陈**`: the first character (code point, so rare characters outside the BMP count as one) kept. */
export function maskName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length <= 1) return stars(characters.length);
  return `${characters[0]}${stars(characters.length - 1)}`;
}
