/**
 * The XML of GeoReport v2 responses: UTF-8 with its declaration, one element per field, lists as repeated
 * elements (`<services><service>…</service></services>`, a definition's `<attributes><attribute>…` and its
 * `<values><value>…`). Values are text, escaped; nothing is ever read from XML here, so no parser is needed.
 */

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** The element name of one entry of a list field (attributes → attribute, values → value). */
const singular = (name: string) => (name.endsWith('s') ? name.slice(0, -1) : `${name}_item`);

function element(name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `<${name}>${value.map((v) => element(singular(name), v)).join('')}</${name}>`;
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('');
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${escape(String(value))}</${name}>`;
}

/** A document whose root holds `items` as `itemName` elements (or one object as the root itself). */
export function xmlDocument(root: string, content: readonly unknown[] | Record<string, unknown>, itemName?: string) {
  const body = Array.isArray(content)
    ? `<${root}>${content.map((item) => element(itemName ?? singular(root), item)).join('')}</${root}>`
    : element(root, content);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
