/** How plans are named, dated and cited in Vietnamese. Pure functions, no Astro. */
import { formatDate } from './core/vi-format';
import type { LegalBasis, PlanData } from './plan-schema';

/**
 * Said wherever a province the document does not name is shown (`provinceInferred`):
 * after the province, and after a name that contains it (the issuer's).
 */
export const PROVINCE_INFERRED_NOTE = 'tên tỉnh suy ra từ nội dung văn bản';

type PlanProvince = Pick<PlanData, 'province' | 'provinceInferred'>;

/** " (tên tỉnh suy ra từ nội dung văn bản)" after `shown` when it shows the plan's inferred province; otherwise nothing. */
export function provinceInferredMark(plan: PlanProvince, shown: string = plan.province): string {
  return plan.provinceInferred && shown.includes(plan.province) ? ` (${PROVINCE_INFERRED_NOTE})` : '';
}

/** The plan's province as shown: "Thái Nguyên"; "Lai Châu (tên tỉnh suy ra từ nội dung văn bản)". */
export function provinceLabel(plan: PlanProvince): string {
  return `${plan.province}${provinceInferredMark(plan)}`;
}

/** The issuer's name, full or short, with the mark when it names an inferred province. */
export function issuerLabel(plan: PlanProvince, issuer: string): string {
  return `${issuer}${provinceInferredMark(plan, issuer)}`;
}

/** The plan as named at the end of a citation: "Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên". */
export function planCitation(plan: PlanData): string {
  const issuer = issuerLabel(plan, plan.issuerShort);
  if (plan.number) {
    const date = plan.issueDate ? ` ngày ${formatDate(plan.issueDate)}` : ` năm ${plan.year}`;
    return `Kế hoạch số ${plan.number}${date} của ${issuer}`;
  }
  return `${plan.shortName} (văn bản không ghi số, ngày) năm ${plan.year} của ${issuer}`;
}

function shortLabel(plan: PlanData, issuer: string): string {
  return plan.number ? `${plan.number} – ${issuer}` : `${issuer}: ${plan.shortName}`;
}

/**
 * The plan's value of the search's `ke-hoach` filter: "128/KH-UBND – UBND tỉnh Thái Nguyên".
 * Shared search links carry it, so it stays as first published, without the
 * inferred-province mark; pages show `planShortLabel`.
 */
export function planSearchLabel(plan: PlanData): string {
  return shortLabel(plan, plan.issuerShort);
}

/** A plan's short name in lists (the register, the search's plan choice): the search label with the inferred-province mark. */
export function planShortLabel(plan: PlanData): string {
  return shortLabel(plan, issuerLabel(plan, plan.issuerShort));
}

const NOT_IN_TEXT = 'Không ghi trong văn bản';

/** The number as the metadata shows it: "128/KH-UBND"; "Để trống (“Số: /KH-UBND”)" for a draft. */
export function numberText(plan: Pick<PlanData, 'number' | 'numberLine'>): string {
  return plan.number ?? (plan.numberLine ? `Để trống (“${plan.numberLine}”)` : NOT_IN_TEXT);
}

/** The issue date as the metadata shows it: "01/04/2026"; the blank date line of a draft; or only the year. */
export function issueDateText(plan: Pick<PlanData, 'issueDate' | 'dateLine' | 'year'>): string {
  if (plan.issueDate) return formatDate(plan.issueDate);
  return plan.dateLine ? `Để trống (“${plan.dateLine}”)` : `${NOT_IN_TEXT}; năm ${plan.year}`;
}

export function basisName(basis: LegalBasis): string {
  const date = basis.date ? ` ngày ${formatDate(basis.date)}` : '';
  return `${basis.kind} số ${basis.number}${date} của ${basis.issuer}`;
}

export const FAMILY_LABELS: Record<PlanData['family'], string> = {
  dtts: 'Cán bộ người dân tộc thiểu số',
  'chat-luong': 'Chất lượng cán bộ cấp xã',
};

export const LEVEL_LABELS: Record<PlanData['level'], string> = {
  tỉnh: 'Cấp tỉnh',
  xã: 'Cấp xã',
};

export const RELATION_LABELS: Record<LegalBasis['relation'], string> = {
  'thực hiện': 'Thực hiện',
  'căn cứ': 'Căn cứ',
  'đề nghị': 'Theo đề nghị tại',
};
