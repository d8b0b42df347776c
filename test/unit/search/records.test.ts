import { describe, expect, it } from 'vitest';
import { planSearchDocuments, planWordUses } from '../../../src/lib/search/records';

const PAGE = `<html><body><article data-plan-text data-doc-cite="Kế hoạch số 12/KH-UBND của UBND xã Tân Lập" data-plan-label="12/KH-UBND – UBND xã Tân Lập"
  data-province="Lai Châu" data-level="Cấp xã" data-family="Chất lượng cán bộ cấp xã">
  <p>KẾ HOẠCH Đào tạo cán bộ</p>
  <section class="clause" data-clause="i" data-cite="Mục I"><p>I. Đào tạo, bồi dưỡng cán bộ, công chức cấp xã đạt 278 người.</p>
    <div class="clause" data-clause="i-1" data-cite="khoản 1 Mục I"><p>1. UBND xã đào tạo lại.</p></div>
  </section>
</article></body></html>`;

describe('planSearchDocuments', () => {
  const documents = planSearchDocuments(PAGE, '/ke-hoach/tan-lap/')!;

  it('makes the clause document and the plan words of the same plan and province', () => {
    expect(documents.province).toBe('Lai Châu');
    expect(documents.clauses).toBe(2);
    expect(documents.clauseDocument.url).toBe('/ke-hoach/tan-lap/');
    expect(documents.planWords).toMatchObject({ url: '/ke-hoach/tan-lap/', title: 'Kế hoạch số 12/KH-UBND của UBND xã Tân Lập', filters: { tinh: 'Lai Châu', cap: 'Cấp xã' } });
  });

  it('gives each clause a heading and puts its hidden words in an element with an id', () => {
    const html = documents.clauseDocument.html;
    expect(html).toContain('<h6 id="i-1">khoản 1 Mục I</h6><p>1. UBND xã đào tạo lại.</p><p id="tk">');
    expect(html).toMatch(/<p id="tk">[^<]*\bdao\b/);
  });

  it('keeps filters outside the indexed body and puts nothing hidden in metadata', () => {
    for (const { html } of [documents.clauseDocument]) {
      const body = html.slice(html.indexOf('<main data-pagefind-body>'));
      expect(body).not.toContain('data-pagefind-filter');
      expect(html).not.toContain('data-pagefind-meta');
      expect(html).toContain('<span data-pagefind-filter="tinh" hidden>Lai Châu</span>');
      expect(html).toContain('<span data-pagefind-filter="ke-hoach" hidden>12/KH-UBND – UBND xã Tân Lập</span>');
    }
  });

  it('gives the plan words with their đ-less and abbreviated forms', () => {
    expect([...documents.planWords.uses.keys()]).toEqual(expect.arrayContaining(['đào', 'dao', 'tạo', 'ubnd', 'ủy', 'cbcc', '278', '12/kh-ubnd']));
    expect(documents.planWords.uses.get('đào')).toBe(3);
  });
});

describe('planWordUses', () => {
  it('counts how often the plan uses each word; aliases count once unless the text has them', () => {
    const text = `${'cán bộ '.repeat(10)}đào tạo đào tạo đào tạo cử tuyển`;
    const { uses, length } = planWordUses([text], ['dao', 'tao', 'DTTS', 'cử']);
    expect(Object.fromEntries(uses)).toEqual({ cán: 10, bộ: 10, đào: 3, tạo: 3, cử: 1, tuyển: 1, dao: 1, tao: 1, dtts: 1 });
    expect(length).toBe(28);
  });

  it('reads words as Pagefind does: split at spaces, punctuation around them dropped, lower case', () => {
    expect([...planWordUses(['(1) Quyết định số 470/QĐ-TTg, ngày 24/3/2026:'], []).uses.keys()]).toEqual(['1', 'quyết', 'định', 'số', '470/qđ-ttg', 'ngày', '24/3/2026']);
  });
});
