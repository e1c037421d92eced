import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../../functions/src/search/term-dictionary.js';

/** Plain Levenshtein distance, for reference. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    }
    row = next;
  }
  return row[b.length]!;
}

const words = [
  ...'marriage marry married mirage carriage registration registry register regional unemployment employment'.split(
    ' ',
  ),
  ...'employer card cards care car cart id ids pension passion permission licence license lichen 2020 2021 20'.split(
    ' ',
  ),
  ...['结婚', '结婚登记', '身份证', '户口'],
].sort();
const dictionary = new TermDictionary(words);

const withinEdits = (query: string, maxEdits: number) => {
  const found: [string, number][] = [];
  dictionary.forEachWithinEdits(query, maxEdits, (n, term, edits) => {
    expect(dictionary.terms[n]).toBe(term);
    found.push([term, edits]);
  });
  return found.sort();
};

describe('the term dictionary', () => {
  it('finds a term by its number, and no other', () => {
    for (const [n, word] of words.entries()) expect(dictionary.find(word)).toBe(n);
    expect(dictionary.find('marri')).toBe(-1);
    expect(dictionary.find('zzz')).toBe(-1);
  });

  it('lists the terms that begin with a prefix, itself included', () => {
    const found: string[] = [];
    dictionary.forEachWithPrefix('car', (n, term) => found.push(term));
    expect(found).toEqual(['car', 'card', 'cards', 'care', 'carriage', 'cart']);
    dictionary.forEachWithPrefix('结婚', (n, term) => found.push(term));
    expect(found.slice(6)).toEqual(['结婚', '结婚登记']);
  });

  it.each([
    ['mariage', 1],
    ['mariage', 2],
    ['registraton', 2],
    ['unemploymnet', 2],
    ['licence', 1],
    ['card', 1],
    ['2022', 1],
    ['xyz', 2],
  ])('finds exactly the non-Han terms within the edits of %s (%i)', (query, maxEdits) => {
    const expected = words
      .filter((w) => !/\p{Script=Han}/u.test(w))
      .map((w): [string, number] => [w, distance(query, w)])
      .filter(([, d]) => d <= maxEdits)
      .sort();
    expect(withinEdits(query, maxEdits)).toEqual(expected);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(withinEdits('registraton', 2)).toEqual([['registration', 1]]);
    expect(withinEdits('mariage', 1)).toEqual([['marriage', 1]]);
    expect(withinEdits('cad', 1)).toEqual([
      ['car', 1],
      ['card', 1],
    ]);
  });

  it('never finds a Han term by its edits', () => {
    expect(withinEdits('结婚登', 2)).toEqual([]);
  });
});
