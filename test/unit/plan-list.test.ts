import { describe, expect, it } from 'vitest';
import { RELATED_SHOWN, filterPlans, filtersFromSearch, relatedPlans, summarisePlans } from '../../src/lib/plan-list';
import { type PlanData, planSchema } from '../../src/lib/plan-schema';
import { valid } from '../support/plan-fixture';

const base: PlanData = planSchema.parse(valid);
const otherBasis = { ...base.legalBasis[0]!, number: '05-NQ/TU', kind: 'Nghị quyết' as const };

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
      shown: [{ href: '/ke-hoach/b/', citation: 'Kế hoạch số 128/KH-UBND ngày 01/4/2026 của UBND tỉnh Thái Nguyên', reasons: ['Cùng thực hiện Quyết định số 470/QĐ-TTg'] }],
      total: 1,
      browse: [],
    });
  });

  it('names the closest few, most in common first, and links the filtered list for the rest', () => {
    // 300 plans on the same decision, in other provinces; one also in the same province.
    const elsewhere = (i: number) => ({ id: `p${i}`, data: { ...base, province: `Tỉnh ${i}` } });
    const plans = [{ id: 'a', data: base }, ...Array.from({ length: 300 }, (_, i) => elsewhere(i)), { id: 'near', data: { ...base } }];
    const related = relatedPlans('a', plans);
    expect(related.total).toBe(301);
    expect(related.shown).toHaveLength(RELATED_SHOWN);
    expect(related.shown.map((r) => r.href)).toEqual(['/ke-hoach/near/', '/ke-hoach/p0/', '/ke-hoach/p1/', '/ke-hoach/p2/', '/ke-hoach/p3/']);
    expect(related.shown[0]!.reasons).toEqual(['Cùng thực hiện Quyết định số 470/QĐ-TTg', 'Cùng địa bàn Thái Nguyên']);
    expect(related.browse).toEqual([
      { href: '/ke-hoach/?can-cu=470%2FQ%C4%90-TTg', label: 'Tất cả kế hoạch thực hiện Quyết định số 470/QĐ-TTg' },
      { href: '/ke-hoach/?tinh=Th%C3%A1i+Nguy%C3%AAn', label: 'Tất cả kế hoạch trên địa bàn Thái Nguyên' },
    ]);
    // Each browse link, read back by the list page, lists the related plans it stands for.
    const summaries = summarisePlans(plans);
    const listed = (href: string) => filterPlans(summaries, filtersFromSearch(new URL(href, 'http://site').search)).map((p) => p.slug);
    expect(listed(related.browse[0]!.href)).toHaveLength(302);
    expect(listed(related.browse[1]!.href)).toEqual(['a', 'near']);
  });

  it('counts a document named twice once, and links only what is shared', () => {
    const twice = { ...base, legalBasis: [base.legalBasis[0]!, { ...base.legalBasis[0]!, relation: 'căn cứ' as const }, otherBasis] };
    const plans = [{ id: 'a', data: twice }, ...Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, data: { ...base, province: `Tỉnh ${i}` } }))];
    const related = relatedPlans('a', plans);
    expect(related.shown[0]!.reasons).toEqual(['Cùng thực hiện Quyết định số 470/QĐ-TTg']);
    expect(related.browse.map((b) => b.label)).toEqual(['Tất cả kế hoạch thực hiện Quyết định số 470/QĐ-TTg']);
  });
});
