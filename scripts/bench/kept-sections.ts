/**
 * Sections of docs/benchmarks.md written by other runs than `npm run bench` (the overload bench, the
 * fault test's figures): each sits between `<!-- name:start -->` and `<!-- name:end -->`, is replaced by
 * its own run, and is carried over when `npm run bench` rewrites the rest of the file.
 */
const marks = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** `text` with the section `name` replaced by `body` (appended when it is not there yet). */
export function replaceSection(text: string, name: string, body: string): string {
  const [start, end] = marks(name);
  const block = `${start}\n${body.trimEnd()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) return `${text.slice(0, from)}${block}${text.slice(to + end.length)}`;
  return `${text.trimEnd()}\n\n${block}\n`;
}

/** Every marked section of `text`, whole, in order: what a rewrite of the file keeps. */
export function keptSections(text: string): string[] {
  return [...text.matchAll(/<!-- ([a-z-]+):start -->[\s\S]*?<!-- \1:end -->/g)].map((m) => m[0]);
}
