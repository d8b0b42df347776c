/**
 * The documents plans implement or cite (their `legalBasis`: QĐ 470/QĐ-TTg, KH
 * 162/KH-UBND, NQ 14-NQ/TU, …), each gathered once from the whole collection, with every
 * plan that names it. Each has a page, /van-ban/<slug>/, that counts its plans by
 * province and level, and one page per province listing them, so no page lists the
 * thousands of plans a national decision can have (docs/documents.md).
 */
import { documentPath } from './core/paths';
import type { LegalBasis, PlanData } from './plan-schema';
import { isoDateOf } from './core/dates';
import { basisName } from './plan-format';
import { PROVINCES, type Province } from './provinces';
import { ABBREVIATIONS } from './search/aliases';
import { foldVietnamese, foldedWords } from './core/fold';
import { compareVi } from './core/vi-format';

/** A folder of /van-ban/ that is not a document: a province's list would live there. */
const RESERVED_SLUGS = new Set(['tinh']);

/**
 * The document's address: its number and date ("470/QĐ-TTg" of 24/3/2026 →
 * "470-qd-ttg-2026-03-24"), or the `slug` its entry gives. The same number is reused by
 * other issuers (every province has a "162/KH-UBND"), rarely on the same day; when it is,
 * the later document is given a `slug` of its own and the first keeps its address.
 */
export function documentSlug(basis: Pick<LegalBasis, 'number' | 'date' | 'slug'>): string {
  if (basis.slug) return basis.slug;
  const number = foldVietnamese(basis.number).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return basis.date ? `${number}-${isoDateOf(basis.date)}` : number;
}

const expansions = new Map(ABBREVIATIONS.map(({ short, long }) => [short, long[0]!]));

/**
 * An issuer's name compared across plans: abbreviations spelt out, case and marks
 * folded ("UBND TP Hải Phòng" and "Ủy ban nhân dân thành phố Hải Phòng" are one).
 */
export function issuerKey(issuer: string): string {
  const words = issuer.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return foldedWords(words.map((word) => expansions.get(word) ?? word).join(' ')).join(' ');
}

type PlanEntry = { id: string; data: PlanData };

export interface DocumentPlan<P extends PlanEntry = PlanEntry> {
  plan: P;
  /** How this plan names the document: "thực hiện", "căn cứ", "đề nghị". */
  relation: LegalBasis['relation'];
}

export interface BasisDocument<P extends PlanEntry = PlanEntry> {
  slug: string;
  /** As the first plan (in collection order) names it. */
  basis: LegalBasis;
  /** Every plan that implements or cites it, in collection order, each once. */
  plans: DocumentPlan<P>[];
}

/** What must agree for two entries with one address to be one document. */
function identity(basis: LegalBasis): string {
  return [basis.kind, basis.number.normalize('NFC'), basis.date ? isoDateOf(basis.date) : '', issuerKey(basis.issuer)].join('|');
}

/**
 * Every document named in the plans' legal basis, in the order first named. Throws, listing
 * each, when one address would hold two documents (a different number, kind, date or
 * issuer), or when a document's address cannot be one.
 */
export function basisDocuments<P extends PlanEntry>(plans: readonly P[]): BasisDocument<P>[] {
  const bySlug = new Map<string, BasisDocument<P>>();
  const problems: string[] = [];
  for (const plan of plans) {
    plan.data.legalBasis.forEach((basis, i) => {
      const slug = documentSlug(basis);
      if (!slug || RESERVED_SLUGS.has(slug)) {
        problems.push(`Kế hoạch "${plan.id}", legalBasis[${i}]: văn bản số “${basis.number}” không tạo được địa chỉ trang /van-ban/…; hãy ghi địa chỉ riêng (slug).`);
        return;
      }
      const known = bySlug.get(slug);
      if (!known) {
        bySlug.set(slug, { slug, basis, plans: [{ plan, relation: basis.relation }] });
        return;
      }
      if (identity(known.basis) !== identity(basis)) {
        problems.push(
          `Hai văn bản khác nhau cùng địa chỉ ${documentPath(slug)}: “${basisName(known.basis)}” (kế hoạch "${known.plans[0]!.plan.id}") và “${basisName(basis)}” (kế hoạch "${plan.id}", legalBasis[${i}]). ` +
            'Nếu là một văn bản, ghi loại, số hiệu, ngày và cơ quan ban hành như nhau ở mọi kế hoạch; nếu là hai văn bản, đặt cho văn bản sau một địa chỉ riêng (slug) ở mọi kế hoạch dẫn nó (docs/documents.md).',
        );
        return;
      }
      // A plan that names a document twice (implements and cites it) is listed once, as first named.
      if (known.plans.at(-1)!.plan !== plan) known.plans.push({ plan, relation: basis.relation });
    });
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return [...bySlug.values()];
}

export type LevelCounts = Record<PlanData['level'], number>;

export interface ProvinceDocumentCount {
  province: Province;
  levels: LevelCounts;
  total: number;
}

const noLevels = (): LevelCounts => ({ tỉnh: 0, xã: 0 });

/** How many plans in each province implement or cite the document, by level: only provinces that have one, in the usual order. */
export function countsByProvince(document: BasisDocument): ProvinceDocumentCount[] {
  const counts = new Map<string, LevelCounts>();
  for (const { plan } of document.plans) {
    const levels = counts.get(plan.data.province) ?? noLevels();
    levels[plan.data.level] += 1;
    counts.set(plan.data.province, levels);
  }
  return PROVINCES.filter((p) => counts.has(p.name)).map((province) => {
    const levels = counts.get(province.name)!;
    return { province, levels, total: levels.tỉnh + levels.xã };
  });
}

/** The totals of those rows, by level. */
export function totalByLevel(rows: readonly ProvinceDocumentCount[]): LevelCounts {
  const total = noLevels();
  for (const row of rows) for (const level of Object.keys(total) as PlanData['level'][]) total[level] += row.levels[level];
  return total;
}

/** The document's plans in one province, grouped by level (province first, then communes), each group in collection order. */
export function provincePlansByLevel<P extends PlanEntry>(document: BasisDocument<P>, province: string): { level: PlanData['level']; plans: DocumentPlan<P>[] }[] {
  const inProvince = document.plans.filter((p) => p.plan.data.province === province);
  return (Object.keys(noLevels()) as PlanData['level'][])
    .map((level) => ({ level, plans: inProvince.filter((p) => p.plan.data.level === level) }))
    .filter((group) => group.plans.length > 0);
}

/** The documents that plans of one province implement or cite, in the order first named, with how many of its plans name each. */
export function provinceDocuments<P extends PlanEntry>(documents: readonly BasisDocument<P>[], province: string): { document: BasisDocument<P>; plans: number }[] {
  return documents
    .map((document) => ({ document, plans: document.plans.filter((p) => p.plan.data.province === province).length }))
    .filter((d) => d.plans > 0);
}

/** Documents with plans in more than one province (national and regional ones), most plans first: the /van-ban/ list. */
export function sharedDocuments<P extends PlanEntry>(documents: readonly BasisDocument<P>[]): { document: BasisDocument<P>; provinces: number }[] {
  return documents
    .map((document) => ({ document, provinces: new Set(document.plans.map((p) => p.plan.data.province)).size }))
    .filter((d) => d.provinces > 1)
    .sort((a, b) => b.document.plans.length - a.document.plans.length || compareVi(a.document.basis.number, b.document.basis.number));
}
