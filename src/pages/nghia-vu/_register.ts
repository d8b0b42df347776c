/**
 * The register's rows, read from every plan's structure (found by src/build/remark-obligations.ts
 * when the plan was rendered), once per build: every register page and file (3,400 plans,
 * 34 provinces, the whole country) asks for it.
 */
import { getCollection } from 'astro:content';
import { planStructure } from '../../integrations/rendered-plans';
import { type ProvinceRegister, type RegisterPlan, groupByProvince } from '../../lib/obligations/partition';
import { planShortLabel } from '../../lib/plan-format';
import { compareVi } from '../../lib/core/vi-format';

export interface Register {
  /** Sorted by label, the Vietnamese way. */
  plans: RegisterPlan[];
  /** All 34 provinces, each with its plans. */
  provinces: ProvinceRegister[];
}

async function readRegister(): Promise<Register> {
  const entries = await getCollection('plans');
  const plans = await Promise.all(
    entries.map(async (entry) => {
      const label = planShortLabel(entry.data);
      const { obligationRows: obligations } = await planStructure(entry);
      return {
        slug: entry.id,
        label,
        province: entry.data.province,
        provinceInferred: entry.data.provinceInferred,
        rows: obligations.map((o) => ({ ...o, planLabel: label, planYear: entry.data.year })),
      };
    }),
  );
  plans.sort((a, b) => compareVi(a.label, b.label));
  return { plans, provinces: groupByProvince(plans) };
}

let register: Promise<Register> | undefined;

export function loadRegister(): Promise<Register> {
  register ??= readRegister();
  return register;
}
