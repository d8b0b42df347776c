/** One calendar per plan: /nghia-vu/lich/<slug>.ics (the address published before the split). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { RegisterPlan } from '../../../lib/obligations/partition';
import { registerFile } from '../_files';
import { loadRegister } from '../_register';

export const getStaticPaths = (async () => (await loadRegister()).plans.map((plan) => ({ params: { slug: plan.slug }, props: { plan } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: RegisterPlan }> = ({ props: { plan }, site }) => registerFile('ics', plan.rows, `Nghĩa vụ: ${plan.label}`, site!);
