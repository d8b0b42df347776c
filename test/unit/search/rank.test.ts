import { describe, expect, it } from 'vitest';
import { type PageHit, rankClauses } from '../../../src/lib/search/rank';

/**
 * A page indexed as the search document is: each clause's label, its text, then
 * hidden search aids; sub-results located by word as Pagefind does.
 */
function page(plan: string, score: number, clauses: Record<string, string>, query: string[]): PageHit {
  const words: string[] = [];
  const subResults: PageHit['subResults'] = [];
  const anchorLocations: number[] = [];
  for (const [id, text] of Object.entries(clauses)) {
    const title = `nhãn ${id}`;
    const anchor = words.length;
    if (id) {
      anchorLocations.push(anchor);
      words.push(...title.split(' '));
    }
    const start = words.length;
    words.push(...text.split(' '));
    anchorLocations.push(words.length);
    words.push('trợ', 'giúp');
    const locations = text.split(' ').flatMap((w, i) => (query.some((q) => w.toLowerCase().includes(q)) ? [start + i] : []));
    if (locations.length) subResults.push({ url: `/ke-hoach/${plan}/${id ? `#${id}` : ''}`, title, locations, anchor: { location: anchor } });
  }
  return { score, plan, content: words.join(' '), anchorLocations, subResults };
}

describe('rankClauses', () => {
  it('puts the clause holding every query word first, whatever its plan rank', () => {
    const pages = [
      page('a', 9, { 'i-1': 'tỷ lệ cán bộ', 'i-2': 'dưới 50% dân số' }, ['tỷ', '50%']),
      page('b', 3, { 'ii-2-b-3': 'tỷ lệ từ 30% đến dưới 50%' }, ['tỷ', '50%']),
    ];
    expect(rankClauses(pages, 'tỷ lệ 50%')[0]!.url).toBe('/ke-hoach/b/#ii-2-b-3');
  });

  it('cuts the clause text out of the indexed content, without the search aids', () => {
    const pages = [page('a', 1, { x: 'người dân địa phương', y: 'hướng dẫn thực hiện' }, ['dẫn'])];
    expect(rankClauses(pages, 'dẫn')[0]).toMatchObject({ clause: 'nhãn y', text: 'hướng dẫn thực hiện' });
  });

  it('prefers exact accents when the query has them', () => {
    const pages = [page('a', 5, { x: 'người dân địa phương', y: 'hướng dẫn thực hiện' }, ['dân', 'dẫn'])];
    expect(rankClauses(pages, 'dẫn')[0]!.url).toBe('/ke-hoach/a/#y');
    expect(rankClauses(pages, 'dân')[0]!.url).toBe('/ke-hoach/a/#x');
  });

  it('labels the parts outside any clause with an empty clause', () => {
    const pages = [page('a', 1, { '': 'Nơi nhận Sở Nội vụ' }, ['nội'])];
    expect(rankClauses(pages, 'nội vụ')[0]).toMatchObject({ clause: '', text: 'Nơi nhận Sở Nội vụ' });
  });

  it('lands on the plan itself when the query names its number', () => {
    const pages = [{ ...page('a', 1, { '': 'Kế hoạch thực hiện Nghị quyết 14-NQ/TU về nâng cao chất lượng đội ngũ cán bộ cấp xã', 'i-1': 'theo 14-NQ/TU' }, ['14', 'nq', 'tu']), plan: 'Kế hoạch thực hiện Nghị quyết số 14-NQ/TU' }];
    expect(rankClauses(pages, '14-NQ/TU')[0]).toMatchObject({ clause: '' });
    expect(rankClauses([{ ...pages[0]!, plan: 'Kế hoạch khác' }], '14-NQ/TU')[0]).toMatchObject({ clause: 'nhãn i-1' });
  });
});
