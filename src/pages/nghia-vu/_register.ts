/** The register's rows, read from every plan's rendered content (see src/lib/obligations/remark.ts). */
import { getCollection } from 'astro:content';
import { planStructure } from '../../integrations/rendered-plans';
import type { RegisterRow } from '../../lib/obligations/register';
import { planShortLabel } from '../../lib/plan-format';

export interface RegisterPlan {
  slug: string;
  label: string;
  rows: RegisterRow[];
}

export async function loadRegister(): Promise<RegisterPlan[]> {
  const entries = await getCollection('plans');
  const plans = await Promise.all(
    entries.map(async (entry) => {
      const label = planShortLabel(entry.data);
      const { obligationRows: obligations } = await planStructure(entry);
      return { slug: entry.id, label, rows: obligations.map((o) => ({ ...o, planLabel: label, planYear: entry.data.year })) };
    }),
  );
  return plans.sort((a, b) => a.label.localeCompare(b.label, 'vi'));
}
