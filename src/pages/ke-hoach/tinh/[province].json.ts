/** /ke-hoach/tinh/<slug>.json: one province's plans as data (ProvincePlans), for the plan list's filters. */
import type { APIRoute } from 'astro';
import { type ProvincePlans } from '../../../lib/plan-list';
import { loadProvincePages } from './_province-pages';

export async function getStaticPaths() {
  return loadProvincePages();
}

export const GET: APIRoute = ({ props }) => {
  const { province, plans } = props as ProvincePlans;
  return new Response(JSON.stringify({ province, plans } satisfies ProvincePlans), { headers: { 'Content-Type': 'application/json' } });
};
