/**
 * A province the document does not name (provinceInferred) is said to be inferred
 * wherever it is shown, in the same words: plan-format.ts holds them.
 */
import { describe, expect, it } from 'vitest';
import { planJsonLd } from '../../src/lib/json-ld';
import {
  PROVINCE_INFERRED_NOTE,
  issuerLabel,
  planCitation,
  planSearchLabel,
  planShortLabel,
  provinceLabel,
} from '../../src/lib/plan-format';
import { relatedPlans } from '../../src/lib/plan-list';
import { type PlanData, planSchema } from '../../src/lib/plan-schema';
import { DONG_THAP_NQ14, LAI_CHAU_NQ05 } from '../../src/lib/quality/rules';
import { AN_HUNG, QD470_THAI_NGUYEN } from '../../src/lib/quota/rules';
import { loadPlans } from '../support/plans';
import { valid } from '../support/plan-fixture';

const plans = new Map(loadPlans().map((p) => [p.slug, planSchema.parse(p.frontmatter)]));
const laiChau = plans.get('lai-chau-nq-05-nq-tu-2026')!;
const thaiNguyen = plans.get('thai-nguyen-128-kh-ubnd-2026')!;
const MARK = ` (${PROVINCE_INFERRED_NOTE})`;

describe('the inferred-province mark', () => {
  it('is carried by exactly one of the five plans, Lai Châu', () => {
    expect([...plans].filter(([, p]) => p.provinceInferred).map(([slug]) => slug)).toEqual(['lai-chau-nq-05-nq-tu-2026']);
  });

  it('follows the province, and only an inferred one', () => {
    expect(provinceLabel(laiChau)).toBe('Lai Châu (tên tỉnh suy ra từ nội dung văn bản)');
    expect(provinceLabel(thaiNguyen)).toBe('Thái Nguyên');
  });

  it('follows an issuer that names the inferred province, not one that does not', () => {
    expect(issuerLabel(laiChau, laiChau.issuer)).toBe(`Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Lai Châu${MARK}`);
    expect(issuerLabel(laiChau, 'Ban Thường vụ Đảng ủy')).toBe('Ban Thường vụ Đảng ủy');
    expect(issuerLabel(thaiNguyen, thaiNguyen.issuer)).toBe('Ủy ban nhân dân tỉnh Thái Nguyên');
  });

  it('is in the citation a reader copies and in the plan’s short label', () => {
    expect(planCitation(laiChau)).toBe(
      `Kế hoạch thực hiện Nghị quyết số 05-NQ/TU (văn bản không ghi số, ngày) năm 2026 của Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu${MARK}`,
    );
    expect(planShortLabel(laiChau)).toBe(`Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu${MARK}: Kế hoạch thực hiện Nghị quyết số 05-NQ/TU`);
    expect(planCitation(thaiNguyen)).toBe('Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
    expect(planShortLabel(thaiNguyen)).toBe('128/KH-UBND – UBND tỉnh Thái Nguyên');
  });

  it('stays out of the search filter value, which shared links carry as first published', () => {
    expect(planSearchLabel(laiChau)).toBe('Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu: Kế hoạch thực hiện Nghị quyết số 05-NQ/TU');
    expect(planSearchLabel(thaiNguyen)).toBe(planShortLabel(thaiNguyen));
  });

  it('is told to machines beside the plain names in JSON-LD', () => {
    const data = planJsonLd(laiChau, 'https://example.org/ke-hoach/lai-chau-nq-05-nq-tu-2026/');
    const description = `Tên tỉnh suy ra từ nội dung văn bản: ${laiChau.provinceNote}`;
    expect(data.legislationJurisdiction).toEqual({ '@type': 'AdministrativeArea', name: 'Lai Châu', description });
    expect(data.legislationPassedBy).toEqual({ '@type': 'GovernmentOrganization', name: laiChau.issuer, description });
    const plain = planJsonLd(thaiNguyen, 'https://example.org/');
    expect(plain.legislationJurisdiction).toEqual({ '@type': 'AdministrativeArea', name: 'Thái Nguyên' });
    expect(plain.legislationPassedBy).toEqual({ '@type': 'GovernmentOrganization', name: thaiNguyen.issuer });
  });

  it('marks "same province" between related plans when either plan’s province is inferred', () => {
    const base: PlanData = planSchema.parse(valid);
    const inferred: PlanData = { ...base, provinceInferred: true, provinceNote: 'Suy ra từ phụ lục.' };
    const reasons = (a: PlanData, b: PlanData) => relatedPlans('a', [{ id: 'a', data: a }, { id: 'b', data: b }]).shown[0]!.reasons;
    expect(reasons(base, inferred)).toContain(`Cùng địa bàn Thái Nguyên${MARK}`);
    expect(reasons(inferred, base)).toContain(`Cùng địa bàn Thái Nguyên${MARK}`);
    expect(reasons(base, base)).toContain('Cùng địa bàn Thái Nguyên');
  });

  it('is in every calculator rule set’s name that names its plan’s province', () => {
    const ruleSets = [
      { name: QD470_THAI_NGUYEN.name, plan: QD470_THAI_NGUYEN.roadmap.ratioClause.plan },
      { name: AN_HUNG.name, plan: AN_HUNG.training.clause.plan },
      { name: DONG_THAP_NQ14.name, plan: DONG_THAP_NQ14.indicators[0]!.phases['2026-2028'].clause.plan },
      { name: LAI_CHAU_NQ05.name, plan: LAI_CHAU_NQ05.clause.plan },
    ];
    for (const { name, plan: slug } of ruleSets) {
      const plan = plans.get(slug)!;
      if (name.includes(plan.province)) expect(name, slug).toContain(provinceLabel(plan));
    }
    expect(LAI_CHAU_NQ05.name).toBe(`Kế hoạch tỉnh Lai Châu${MARK} thực hiện Nghị quyết số 05-NQ/TU`);
  });
});
