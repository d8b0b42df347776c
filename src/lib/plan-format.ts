/** How plans are named, dated and cited in Vietnamese. Pure functions, no Astro. */
import type { LegalBasis, PlanData } from './plan-schema';

/**
 * "01/4/2026": the day always has two digits; the month only for January and
 * February, as Vietnamese administrative documents write it (Nghị định 30/2020/NĐ-CP).
 */
export function formatDateVi(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0');
  const month = date.getUTCMonth() + 1;
  return `${day}/${month <= 2 ? `0${month}` : month}/${date.getUTCFullYear()}`;
}

/** The plan as named at the end of a citation: "Kế hoạch số 128/KH-UBND ngày 01/4/2026 của UBND tỉnh Thái Nguyên". */
export function planCitation(plan: PlanData): string {
  if (plan.number) {
    const date = plan.issueDate ? ` ngày ${formatDateVi(plan.issueDate)}` : ` năm ${plan.year}`;
    return `Kế hoạch số ${plan.number}${date} của ${plan.issuerShort}`;
  }
  return `${plan.shortName} (văn bản không ghi số, ngày) năm ${plan.year} của ${plan.issuerShort}`;
}

/** "điểm b khoản 2 Mục II, Kế hoạch số 128/KH-UBND ngày 01/4/2026 của UBND tỉnh Thái Nguyên". */
export function clauseCitation(label: string, plan: PlanData): string {
  return `${label}, ${planCitation(plan)}`;
}

/** A plan's short name in lists and search filters: "128/KH-UBND – UBND tỉnh Thái Nguyên". */
export function planShortLabel(plan: PlanData): string {
  return plan.number ? `${plan.number} – ${plan.issuerShort}` : `${plan.issuerShort}: ${plan.shortName}`;
}

export function basisName(basis: LegalBasis): string {
  const date = basis.date ? ` ngày ${formatDateVi(basis.date)}` : '';
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

export function planPath(slug: string): string {
  return `/ke-hoach/${slug}/`;
}
