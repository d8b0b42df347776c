/** /ke-hoach/tinh/<slug>/luu.json: the pages the province's "save for offline reading" button keeps. */
import type { APIRoute } from 'astro';
import { type ProvincePlans, provinceSaveList } from '../../../../lib/plan-list';
import { loadProvincePages } from '../_province-pages';

export async function getStaticPaths() {
  return loadProvincePages();
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(provinceSaveList(props as ProvincePlans)), { headers: { 'Content-Type': 'application/json' } });
