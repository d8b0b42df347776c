/**
 * What the sitemap (written by @astrojs/sitemap, src/integrations/sitemap.ts) lists and
 * the `lastmod` of each page, and robots.txt. A page's date is the latest change
 * (`updated`) of the plans it shows; pages that show no plan's text have none.
 */
import { basisDocuments } from '../lib/documents';
import {
  DOCUMENTS_PATH,
  OFFLINE_PATH,
  PLAN_LIST_PATH,
  REGISTER_PATH,
  documentPath,
  documentProvincePath,
  planPath,
  planRegisterPath,
  provinceListPath,
  provinceRegisterPath,
} from '../lib/core/paths';
import type { PlanData } from '../lib/plan-schema';
import { provinceByName } from '../lib/provinces';

/** The index the integration writes; robots.txt points to it. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** Pages search engines should list: all but the offline page, shown in place of pages never saved (the integration leaves out the 404 itself). */
export function isListedPage(path: string): boolean {
  return path !== OFFLINE_PATH;
}

type PlanEntry = { id: string; data: PlanData };

/** The `lastmod` of every page that shows plans, by path: the plan's own pages, and the lists, documents and registers that hold it. */
export function pageDates(plans: readonly PlanEntry[]): Map<string, Date> {
  const dates = new Map<string, Date>();
  const touch = (path: string, date: Date) => {
    const known = dates.get(path);
    if (!known || known < date) dates.set(path, date);
  };
  for (const { id, data } of plans) {
    const province = provinceByName(data.province)!.slug;
    for (const path of [planPath(id), `${planPath(id)}ban-goc/`, planRegisterPath(id), provinceListPath(province), provinceRegisterPath(province), '/', PLAN_LIST_PATH, REGISTER_PATH, DOCUMENTS_PATH]) {
      touch(path, data.updated);
    }
  }
  for (const { slug, plans: named } of basisDocuments(plans)) {
    for (const { plan } of named) {
      touch(documentPath(slug), plan.data.updated);
      touch(documentProvincePath(slug, provinceByName(plan.data.province)!.slug), plan.data.updated);
    }
  }
  return dates;
}

export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, site).href}\n`;
}
