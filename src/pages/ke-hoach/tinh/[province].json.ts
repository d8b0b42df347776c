/** /ke-hoach/tinh/<slug>.json: one province's plans as data (ProvincePlans), for the plan list's filters. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { type ProvincePlans, provincePages, summarisePlans } from '../../../lib/plan-list';

export async function getStaticPaths() {
  return provincePages(summarisePlans(await getCollection('plans')));
}

export const GET: APIRoute = ({ props }) => {
  const { province, plans } = props as ProvincePlans;
  return new Response(JSON.stringify({ province, plans } satisfies ProvincePlans), { headers: { 'Content-Type': 'application/json' } });
};
