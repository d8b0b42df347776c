import { describe, expect, it } from 'vitest';
import { NationwideWords } from '../../../src/lib/search/nationwide';
import { planQueries, type CommonWords } from '../../../src/lib/search/common-words';
import type { PlanWords } from '../../../src/lib/search/records';

function plan(n: number, uses: Record<string, number>, length = 100): PlanWords {
  return { url: `/ke-hoach/p${n}/`, title: `Kế hoạch ${n}`, filters: { tinh: 'Lai Châu' }, uses: new Map(Object.entries(uses)), length };
}

/** Each record's words, by plan URL. */
function recordWords(words: NationwideWords, perWord: number) {
  const { records, common } = words.records(perWord);
  const byPlan: Record<string, string[]> = {};
  for (const record of records) {
    byPlan[record.url] = [...record.html.matchAll(/<p data-pagefind-weight="\d+">([^<]*)<\/p>/g)].flatMap((m) => m[1]!.split(' '));
  }
  return { byPlan, common };
}

describe('NationwideWords', () => {
  it('keeps a word in every plan that has it while few plans do', () => {
    const words = new NationwideWords();
    words.add(plan(1, { 'cử': 2, 'tuyển': 2 }));
    words.add(plan(2, { 'cử': 1 }));
    const { byPlan, common } = recordWords(words, 2);
    expect(byPlan).toEqual({ '/ke-hoach/p1/': ['cử', 'tuyển'], '/ke-hoach/p2/': ['cử'] });
    expect(common).toEqual({ perWord: 2, words: {} });
  });

  it('keeps a word found in more plans only in those that use it most for their length, and lists it folded', () => {
    const words = new NationwideWords();
    words.add(plan(1, { 'đào': 1, 'xã': 1 }, 100));
    words.add(plan(2, { 'đào': 5 }, 100));
    words.add(plan(3, { 'đào': 5 }, 50));
    words.add(plan(4, { 'đạo': 1 }, 10));
    const { byPlan, common } = recordWords(words, 2);
    expect(byPlan['/ke-hoach/p1/']).toEqual(['xã']);
    expect(byPlan['/ke-hoach/p2/']).toEqual(['đào']);
    expect(byPlan['/ke-hoach/p3/']).toEqual(['đào']);
    // Another accented form is another word: "đạo" is in one plan.
    expect(byPlan['/ke-hoach/p4/']).toEqual(['đạo']);
    expect(common).toEqual({ perWord: 2, words: { dao: 3 } });
  });

  it('cuts plans that use a word equally in the order they were added, so every build cuts the same', () => {
    const words = new NationwideWords();
    for (let n = 1; n <= 4; n++) words.add(plan(n, { 'năm': 1 }));
    const { byPlan } = recordWords(words, 2);
    expect(Object.entries(byPlan).filter(([, w]) => w.includes('năm')).map(([url]) => url)).toEqual(['/ke-hoach/p1/', '/ke-hoach/p2/']);
  });

  it('weights a record’s words by how often the plan uses them', () => {
    const words = new NationwideWords();
    words.add(plan(1, { 'cán': 10, 'đào': 3, 'cử': 1 }));
    const html = [...words.records().records][0]!.html;
    expect(html).toContain('<p data-pagefind-weight="4">cán</p>\n<p data-pagefind-weight="2">đào</p>\n<p data-pagefind-weight="1">cử</p>');
    expect(html).toContain('<title>Kế hoạch 1</title>');
    expect(html).toContain('<span data-pagefind-filter="tinh" hidden>Lai Châu</span>');
  });
});

describe('planQueries', () => {
  const common: CommonWords = { perWord: 100, words: { dao: 3400, tao: 3400, kinh: 2000, phi: 2100, tuyen: 900 } };

  it('searches every word when none is common (a small collection lists none)', () => {
    expect(planQueries('cử tuyển', { perWord: 100, words: {} })).toEqual([{ terms: 'cử tuyển', common: [], commonAbove: 100, mostUsing: false }]);
  });

  it('leaves common words out of the search for plans, matched without tone marks or đ', () => {
    expect(planQueries('Tân Lập đào tạo', common)).toEqual([{ terms: 'Tân Lập', common: ['đào', 'tạo'], commonAbove: 100, mostUsing: false }]);
    expect(planQueries('kinh phí, 128/KH-UBND', common)[0]!.terms).toBe('128/KH-UBND');
  });

  it('counts an unfinished last word as common when it begins a common word', () => {
    expect(planQueries('Tân Lập đào tạ', common)[0]!.common).toEqual(['đào', 'tạ']);
    expect(planQueries('đào Tân', common)[0]!.terms).toBe('Tân');
  });

  it('searches a query of common words for the plans that use them most, then for its least common word', () => {
    expect(planQueries('kinh phí đào tạo', common)).toEqual([
      { terms: 'kinh phí đào tạo', common: ['kinh', 'phí', 'đào', 'tạo'], commonAbove: 100, mostUsing: true },
      { terms: 'kinh', common: ['kinh', 'phí', 'đào', 'tạo'], commonAbove: 100, mostUsing: true },
    ]);
    expect(planQueries('đào', common)).toHaveLength(1);
  });

  it('does not take a word for common because an object has a property of that name', () => {
    expect(planQueries('constructor', common)[0]!.mostUsing).toBe(false);
  });
});
