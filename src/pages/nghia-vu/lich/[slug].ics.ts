/** One calendar per plan: /nghia-vu/lich/<slug>.ics. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { registerCalendar } from '../../../lib/obligations/ics';
import { type RegisterPlan, loadRegister } from '../_register';

export const getStaticPaths = (async () => (await loadRegister()).map((plan) => ({ params: { slug: plan.slug }, props: { plan } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ plan: RegisterPlan }> = ({ props, site }) => {
  const { plan } = props;
  const calendar = registerCalendar(plan.rows, { name: `Nghĩa vụ: ${plan.label}`, origin: site!.origin });
  return new Response(calendar, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
