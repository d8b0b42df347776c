/** /ke-hoach/tinh/<slug>/luu.json: the pages the province's "save for offline reading" button keeps. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { type ProvincePlans, provinceSaveList, provincePages, summarisePlans } from '../../../../lib/plan-list';

export async function getStaticPaths() {
  return provincePages(summarisePlans(await getCollection('plans')));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(provinceSaveList(props as ProvincePlans)), { headers: { 'Content-Type': 'application/json' } });
