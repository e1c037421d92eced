/** The words of a query, longest first, so a longer match wins over a shorter one inside it. */
export function queryTerms(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with each occurrence of the terms in <mark>: React elements, so no HTML from the API is ever parsed. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(${terms.map(escapeRegExp).join('|')})`, 'giu');
  const lowered = new Set(terms.map((term) => term.toLocaleLowerCase()));
  return (
    <>
      {text
        .split(pattern)
        .map((part, index) => (lowered.has(part.toLocaleLowerCase()) ? <mark key={index}>{part}</mark> : part))}
    </>
  );
}
