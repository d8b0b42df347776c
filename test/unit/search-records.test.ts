import { describe, expect, it } from 'vitest';
import { planSearchDocuments, planWordBag } from '../../src/lib/search/records';

const PAGE = `<html><body><article data-plan-text data-doc-cite="Kế hoạch số 12/KH-UBND của UBND xã Tân Lập" data-plan-label="12/KH-UBND – UBND xã Tân Lập"
  data-province="Lai Châu" data-level="Cấp xã" data-family="Chất lượng cán bộ cấp xã">
  <p>KẾ HOẠCH Đào tạo cán bộ</p>
  <section class="clause" data-clause="i" data-cite="Mục I"><p>I. Đào tạo, bồi dưỡng cán bộ, công chức cấp xã đạt 278 người.</p>
    <div class="clause" data-clause="i-1" data-cite="khoản 1 Mục I"><p>1. UBND xã đào tạo lại.</p></div>
  </section>
</article></body></html>`;

describe('planSearchDocuments', () => {
  const documents = planSearchDocuments(PAGE, '/ke-hoach/tan-lap/')!;

  it('makes the clause document and the plan record of the same plan and province', () => {
    expect(documents.province).toBe('Lai Châu');
    expect(documents.clauses).toBe(2);
    expect(documents.clauseDocument.url).toBe('/ke-hoach/tan-lap/');
    expect(documents.planRecord.url).toBe('/ke-hoach/tan-lap/');
  });

  it('gives each clause a heading and puts its hidden words in an element with an id', () => {
    const html = documents.clauseDocument.html;
    expect(html).toContain('<h6 id="i-1">khoản 1 Mục I</h6><p>1. UBND xã đào tạo lại.</p><p id="tk">');
    expect(html).toMatch(/<p id="tk">[^<]*\bdao\b/);
  });

  it('keeps filters outside the indexed body and puts nothing hidden in metadata', () => {
    for (const { html } of [documents.clauseDocument, documents.planRecord]) {
      const body = html.slice(html.indexOf('<main data-pagefind-body>'));
      expect(body).not.toContain('data-pagefind-filter');
      expect(html).not.toContain('data-pagefind-meta');
      expect(html).toContain('<span data-pagefind-filter="tinh" hidden>Lai Châu</span>');
      expect(html).toContain('<span data-pagefind-filter="ke-hoach" hidden>12/KH-UBND – UBND xã Tân Lập</span>');
    }
  });

  it('gives the plan record each word once, with its đ-less and abbreviated forms', () => {
    const words = [...documents.planRecord.html.matchAll(/<p data-pagefind-weight="\d+">([^<]*)<\/p>/g)].flatMap((m) => m[1]!.split(' '));
    expect(new Set(words).size).toBe(words.length);
    expect(words).toEqual(expect.arrayContaining(['đào', 'dao', 'tạo', 'ubnd', 'ủy', 'cbcc', '278', '12/kh-ubnd']));
  });
});

describe('planWordBag', () => {
  it('weights words by how often the plan uses them, each word once', () => {
    const text = `${'cán bộ '.repeat(10)}đào tạo đào tạo đào tạo cử tuyển`;
    expect(planWordBag([text], ['dao', 'tao', 'DTTS'])).toEqual([
      { weight: 4, words: ['cán', 'bộ'] },
      { weight: 2, words: ['đào', 'tạo'] },
      { weight: 1, words: ['cử', 'tuyển', 'dao', 'tao', 'dtts'] },
    ]);
  });

  it('reads words as Pagefind does: split at spaces, punctuation around them dropped, lower case', () => {
    expect(planWordBag(['(1) Quyết định số 470/QĐ-TTg, ngày 24/3/2026:'], [])[0]!.words).toEqual(['1', 'quyết', 'định', 'số', '470/qđ-ttg', 'ngày', '24/3/2026']);
  });
});
