import { provinceDataPath, provinceListPath, provinceSavePath } from '../../src/lib/core/paths';
import { describe, expect, it } from 'vitest';
import {
  NO_FILTERS,
  RELATED_SHOWN,
  basisChoices,
  filterOptions,
  filterPlans,
  filteredProvinceListPath,
  filtersFromSearch,
  filtersToSearch,
  knownFilters,
  narrowsWithinProvince,
  pageFromSearch,
  paginate,
  plansByProvince,
  provinceCounts,
  provincePages,
  provinceSaveList,
  relatedPlans,
  summarisePlans,
  unknownFilterMessage,
  unknownFilters,
} from '../../src/lib/plan-list';
import { type PlanData, planSchema } from '../../src/lib/plan-schema';
import { PROVINCES } from '../../src/lib/provinces';
import { valid } from '../support/plan-fixture';

const base: PlanData = planSchema.parse(valid);
const otherBasis = { ...base.legalBasis[0]!, number: '05-NQ/TU', kind: 'Nghị quyết' as const };
/** The 33 provinces other than the base plan's (Thái Nguyên), in turn. */
const elsewhereName = (i: number) => PROVINCES.filter((p) => p.name !== base.province)[i % 33]!.name;

describe('relatedPlans', () => {
  it('links plans implementing the same document or in the same province', () => {
    const commune = { ...base, province: 'Hải Phòng', level: 'xã' as const };
    const other = { ...base, province: 'Lai Châu', legalBasis: [otherBasis] };
    const related = relatedPlans('a', [
      { id: 'a', data: base },
      { id: 'b', data: commune },
      { id: 'c', data: other },
    ]);
    expect(related).toEqual({
      shown: [{ href: '/ke-hoach/b/', citation: 'Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên', reasons: ['Cùng thực hiện Quyết định số 470/QĐ-TTg'] }],
      total: 1,
      browse: [],
    });
  });

  it('names the closest few, most in common first, and links the filtered list for the rest', () => {
    // 300 plans on the same decision, in other provinces; one also in the same province.
    const elsewhere = (i: number) => ({ id: `p${i}`, data: { ...base, province: elsewhereName(i) } });
    const plans = [{ id: 'a', data: base }, ...Array.from({ length: 300 }, (_, i) => elsewhere(i)), { id: 'near', data: { ...base } }];
    const related = relatedPlans('a', plans);
    expect(related.total).toBe(301);
    expect(related.shown).toHaveLength(RELATED_SHOWN);
    expect(related.shown.map((r) => r.href)).toEqual(['/ke-hoach/near/', '/ke-hoach/p0/', '/ke-hoach/p1/', '/ke-hoach/p2/', '/ke-hoach/p3/']);
    expect(related.shown[0]!.reasons).toEqual(['Cùng thực hiện Quyết định số 470/QĐ-TTg', 'Cùng địa bàn Thái Nguyên']);
    expect(related.browse).toEqual([
      { href: '/ke-hoach/?can-cu=470%2FQ%C4%90-TTg', label: 'Tất cả kế hoạch thực hiện Quyết định số 470/QĐ-TTg' },
      { href: '/ke-hoach/tinh/thai-nguyen/', label: 'Tất cả kế hoạch trên địa bàn Thái Nguyên' },
    ]);
    // Each browse link, read back by the list pages, lists the related plans it stands for.
    const summaries = summarisePlans(plans);
    const pages = provincePages(summaries);
    const listed = (href: string) => {
      const url = new URL(href, 'http://site');
      const province = pages.find((p) => provinceListPath(p.params.province) === url.pathname);
      return filterPlans(province ? province.props.plans : summaries, filtersFromSearch(url.search)).map((p) => p.slug);
    };
    expect(listed(related.browse[0]!.href)).toHaveLength(302);
    expect(listed(related.browse[1]!.href)).toEqual(['a', 'near']);
  });

  it('counts a document named twice once, and links only what is shared', () => {
    const twice = { ...base, legalBasis: [base.legalBasis[0]!, { ...base.legalBasis[0]!, relation: 'căn cứ' as const }, otherBasis] };
    const plans = [{ id: 'a', data: twice }, ...Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, data: { ...base, province: elsewhereName(i) } }))];
    const related = relatedPlans('a', plans);
    expect(related.shown[0]!.reasons).toEqual(['Cùng thực hiện Quyết định số 470/QĐ-TTg']);
    expect(related.browse.map((b) => b.label)).toEqual(['Tất cả kế hoạch thực hiện Quyết định số 470/QĐ-TTg']);
  });
});

describe('plan list by province', () => {
  const plans = summarisePlans([
    { id: 'tn', data: base },
    { id: 'hp-1', data: { ...base, province: 'Hải Phòng', level: 'xã' as const } },
    { id: 'hp-2', data: { ...base, province: 'Hải Phòng', level: 'xã' as const, family: 'chat-luong' as const, legalBasis: [otherBasis] } },
  ]);

  it('gives every one of the 34 provinces its plans, in collection order, and its count', () => {
    const groups = plansByProvince(plans);
    expect(groups.map((g) => g.province)).toEqual(PROVINCES);
    expect(groups.find((g) => g.province.slug === 'hai-phong')!.plans.map((p) => p.slug)).toEqual(['hp-1', 'hp-2']);
    expect(groups.find((g) => g.province.slug === 'lao-cai')!.plans).toEqual([]);
    const counts = provinceCounts(plans.map((p) => p.province));
    expect(counts).toHaveLength(34);
    expect(counts.filter((c) => c.count > 0)).toEqual([
      { name: 'Hải Phòng', slug: 'hai-phong', count: 2 },
      { name: 'Thái Nguyên', slug: 'thai-nguyen', count: 1 },
    ]);
  });

  it('makes one page and one data file per province, each with all the counts', () => {
    const pages = provincePages(plans);
    expect(pages.map((p) => p.params.province)).toEqual(PROVINCES.map((p) => p.slug));
    const hp = pages.find((p) => p.params.province === 'hai-phong')!;
    expect(hp.props.plans).toHaveLength(2);
    expect(hp.props.provinces.find((p) => p.slug === 'thai-nguyen')!.count).toBe(1);
  });

  it('writes a province’s addresses with the other filters kept and the province left out', () => {
    const filters = { ...NO_FILTERS, tinh: 'Hải Phòng', cap: 'xã', 'can-cu': '470/QĐ-TTg' };
    expect(provinceListPath('hai-phong')).toBe('/ke-hoach/tinh/hai-phong/');
    expect(filteredProvinceListPath('hai-phong', filters)).toBe('/ke-hoach/tinh/hai-phong/?cap=x%C3%A3&can-cu=470%2FQ%C4%90-TTg');
    expect(provinceDataPath('hai-phong')).toBe('/ke-hoach/tinh/hai-phong.json');
  });

  it('reads filters in NFC and pages from the URL, and writes them back', () => {
    // “xã” written decomposed (a, combining tilde, as some keyboards send it).
    const filters = filtersFromSearch('?tinh=H%E1%BA%A3i+Ph%C3%B2ng&cap=xa%CC%83&trang=3');
    expect(filters).toEqual({ ...NO_FILTERS, tinh: 'Hải Phòng', cap: 'xã' });
    expect(filtersToSearch(filters, 3)).toBe('?tinh=H%E1%BA%A3i+Ph%C3%B2ng&cap=x%C3%A3&trang=3');
    expect(filtersToSearch(filters, 1)).toBe('?tinh=H%E1%BA%A3i+Ph%C3%B2ng&cap=x%C3%A3');
    expect(pageFromSearch('?trang=3')).toBe(3);
    for (const bad of ['', '?trang=0', '?trang=-2', '?trang=2.5', '?trang=abc', '?trang=99999999']) expect(pageFromSearch(bad), bad).toBe(1);
  });

  it('needs a province’s data only when level, family or legal basis narrows the list', () => {
    expect(narrowsWithinProvince({ ...NO_FILTERS, tinh: 'Hải Phòng' })).toBe(false);
    expect(narrowsWithinProvince({ ...NO_FILTERS, nhom: 'dtts' })).toBe(true);
    expect(filterPlans(plans, { ...NO_FILTERS, tinh: 'Hải Phòng', nhom: 'chat-luong' }).map((p) => p.slug)).toEqual(['hp-2']);
  });

  it('finds filter values that no longer exist, says so, and filters without them', () => {
    const options = filterOptions(basisChoices(plans.flatMap((p) => p.basis)));
    expect(options['can-cu'].map((o) => o.value)).toEqual(['05-NQ/TU', '470/QĐ-TTg']);
    expect(options.tinh).toHaveLength(34);
    const filters = { tinh: 'Hà Tây', cap: 'huyện', nhom: 'dtts', 'can-cu': '999/QĐ-TTg' };
    expect(unknownFilters(filters, options)).toEqual(['tinh', 'cap', 'can-cu']);
    expect(knownFilters(filters, options)).toEqual({ ...NO_FILTERS, nhom: 'dtts' });
    expect(unknownFilters({ ...NO_FILTERS, tinh: 'Lào Cai', cap: 'tỉnh' }, options)).toEqual([]);
    expect(unknownFilterMessage('tinh', 'Hà Tây')).toBe('Không có tỉnh, thành phố “Hà Tây” trong danh sách 34 tỉnh, thành phố sau sắp xếp năm 2025.');
    expect(unknownFilterMessage('can-cu', '999/QĐ-TTg', 'Hải Phòng')).toBe('Không có kế hoạch nào trên địa bàn Hải Phòng thực hiện hoặc căn cứ văn bản số “999/QĐ-TTg”.');
    expect(unknownFilterMessage('can-cu', '999/QĐ-TTg')).toBe('Không có kế hoạch nào thực hiện hoặc căn cứ văn bản số “999/QĐ-TTg”.');
    for (const key of ['cap', 'nhom'] as const) expect(unknownFilterMessage(key, 'x')).toContain('“x”');
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('cuts results into pages and says where each starts', () => {
    expect(paginate(items, 1, 20)).toEqual({ items: items.slice(0, 20), page: 1, pages: 3, from: 1 });
    expect(paginate(items, 3, 20)).toEqual({ items: [41, 42, 43, 44, 45], page: 3, pages: 3, from: 41 });
  });

  it('shows the last page for a page past the end, and one empty page for no results', () => {
    expect(paginate(items, 9, 20).page).toBe(3);
    expect(paginate(items, 0, 20).page).toBe(1);
    expect(paginate([], 2, 20)).toEqual({ items: [], page: 1, pages: 1, from: 0 });
    expect(paginate(items.slice(0, 40), 2, 20).items).toHaveLength(20);
  });
});

describe('provinceSaveList', () => {
  it('names the province list, its data and each plan with its original text', () => {
    const plans = summarisePlans([
      { id: 'a', data: { ...base, province: 'Hải Phòng' } },
      { id: 'b', data: { ...base, province: 'Hải Phòng' } },
      { id: 'c', data: base },
    ]);
    const haiPhong = plansByProvince(plans).find((g) => g.province.slug === 'hai-phong')!;
    expect(provinceSavePath('hai-phong')).toBe('/ke-hoach/tinh/hai-phong/luu.json');
    expect(provinceSaveList(haiPhong)).toEqual({
      urls: ['/ke-hoach/tinh/hai-phong/', '/ke-hoach/tinh/hai-phong.json', '/ke-hoach/a/', '/ke-hoach/a/ban-goc/', '/ke-hoach/b/', '/ke-hoach/b/ban-goc/'],
    });
  });
});
