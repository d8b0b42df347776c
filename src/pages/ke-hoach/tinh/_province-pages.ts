/**
 * The province routes (list page, its data, its save list). Summarising plans finds each
 * plan's related plans across the whole collection, so it is done once per build; each
 * route still gets its own path objects, which Astro annotates per route.
 */
import { getCollection } from 'astro:content';
import { type PlanSummary, provincePages, summarisePlans } from '../../../lib/plan-list';

let summaries: Promise<PlanSummary[]> | undefined;

export async function loadProvincePages(): Promise<ReturnType<typeof provincePages>> {
  summaries ??= getCollection('plans').then(summarisePlans);
  return provincePages(await summaries);
}
