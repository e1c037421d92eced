import { describe, expect, it } from 'vitest';
import { indexTerms, queryTerms, stemEnglish } from '../../../functions/src/search/segmenter.js';

const query = (text: string) => queryTerms(text).map((t) => t.term);

describe('segmentation', () => {
  it.each([
    ['申领居民身份证', '身份证'],
    ['办理营业执照', '营业执照'],
    ['内地居民结婚登记', '结婚登记'],
    ['新生儿入户', '新生儿'],
    ['提取住房公积金', '公积金'],
  ])('keeps the domain term whole when indexing %s', (text, term) => {
    expect(indexTerms(text)).toContain(term);
  });

  it('indexes 居民身份证 under both itself and 身份证, so either query finds it', () => {
    const terms = indexTerms('居民身份证申领、换领');
    expect(terms).toEqual(expect.arrayContaining(['居民身份证', '身份证']));
  });

  it('does not search the fragments of a dictionary word', () => {
    expect(query('新生儿')).toEqual(['新生儿']);
    expect(query('结婚登记')).toEqual(['结婚登记', '结婚']);
    expect(query('营业执照')).not.toContain('营业');
  });

  it('makes bigrams of the characters ICU leaves single, for recall', () => {
    expect(indexTerms('社保卡补办')).toContain('补办');
    expect(query('补办')).toEqual(['补办']);
  });

  it('drops function words and keeps a lone meaningful character', () => {
    expect(query('我要生孩子怎么办')).toEqual(['生孩子']);
    expect(query('税')).toEqual(['税']);
  });

  it('lower-cases, folds full-width letters and stems English plurals', () => {
    expect(query('ＩＤ Cards')).toEqual(['id', 'card']);
    expect(stemEnglish('registrations')).toBe('registration');
    expect(stemEnglish('business')).toBe('business');
    expect(stemEnglish('subsidies')).toBe('subsidy');
  });

  it('cuts Han text off the digits and letters before it', () => {
    expect(indexTerms('关于2020年开展居民身份证换领的通知')).toEqual(
      expect.arrayContaining(['2020', '身份证', '通知']),
    );
    expect(queryTerms('ID卡')).toEqual([
      { term: '卡', script: 'han' },
      { term: 'id', script: 'latin' },
    ]);
  });

  // Its time per character is measured by the bench (scripts/bench/search.ts), not asserted here.
  it('segments a long text into exactly the terms of its sentences, in order', () => {
    const sentence = '申请人持居民身份证、户口簿到街道办事处办理，审核通过后发放证件。';
    const once = indexTerms(sentence);
    expect(once.length).toBeGreaterThan(5);
    expect(indexTerms(sentence.repeat(2_000))).toEqual(Array.from({ length: 2_000 }, () => once).flat());
  });
});
