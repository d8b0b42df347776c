/**
 * One plan's rows: /nghia-vu/ke-hoach/<slug>.csv and .json. The JSON also tells an old
 * link /nghia-vu/#nv-… which plan it names (src/lib/obligations/row-link.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { RegisterPlan } from '../../../lib/obligations/partition';
import { registerFile } from '../_files';
import { loadRegister } from '../_register';

export const getStaticPaths = (async () =>
  (await loadRegister()).plans.flatMap((plan) => (['csv', 'json'] as const).map((format) => ({ params: { slug: plan.slug, format }, props: { plan, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: RegisterPlan; format: 'csv' | 'json' }> = ({ props: { plan, format }, site }) => registerFile(format, plan.rows, `Nghĩa vụ: ${plan.label}`, site!);
