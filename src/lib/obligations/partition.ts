/**
 * The register split by province, the partition key of the whole site: each province's
 * page and files hold only its own plans, so none grows with the country.
 */
import { PROVINCES, type Province, provinceByName } from '../provinces';
import type { RegisterRow } from './register';

export interface RegisterPlan {
  slug: string;
  /** "128/KH-UBND – UBND tỉnh Thái Nguyên". */
  label: string;
  /** The plan's province, by name as the plan writes it (one of the 34). */
  province: string;
  /** The document does not name its province (see provinceLabel, plan-format.ts). */
  provinceInferred: boolean;
  rows: RegisterRow[];
}

export interface ProvinceRegister {
  province: Province;
  /** In the order given (the register sorts plans by label). */
  plans: RegisterPlan[];
  /** Obligations of all its plans. */
  obligations: number;
}

/** All 34 provinces, in their usual order, each with its plans (none for some). */
export function groupByProvince(plans: readonly RegisterPlan[]): ProvinceRegister[] {
  const groups = new Map(PROVINCES.map((province) => [province.slug, { province, plans: [] as RegisterPlan[], obligations: 0 }]));
  for (const plan of plans) {
    const province = provinceByName(plan.province);
    // The plan schema allows only the 34; a plan outside them is a broken build, not a hidden one.
    if (!province) throw new Error(`Kế hoạch "${plan.slug}": tỉnh "${plan.province}" không có trong danh sách 34 tỉnh, thành phố.`);
    const group = groups.get(province.slug)!;
    group.plans.push(plan);
    group.obligations += plan.rows.length;
  }
  return [...groups.values()];
}
