/**
 * Agencies belong to a jurisdiction: Thái Nguyên's Sở Nội vụ is not Đồng Tháp's, and the
 * Phòng Văn hóa - Xã hội of xã An Hưng is not xã Hà Bắc's. A body is a kind of agency
 * (agencies.ts) in one place: a provincial kind sits in the plan's province; a commune
 * kind in the commune that issued a commune plan, or, named by a province plan
 * ("Ủy ban nhân dân các xã, phường"), in that province's communes taken together; a group
 * the plan names at its own level ("các cơ quan liên quan") sits where the plan does.
 *
 * A body's id is its kind's and its place's joined by dots: "so-noi-vu.thai-nguyen",
 * "phong-van-hoa-xa-hoi.hai-phong.xa-an-hung"; neither part has a dot of its own.
 */
import { PROVINCE_INFERRED_NOTE } from '../plan-format';
import { provinceByName, provinceBySlug } from '../provinces';
import { foldVietnamese } from '../core/fold';
import { AGENCIES, agencyById, agencyName } from './agencies';
import { compareVi } from '../core/vi-format';

export interface Jurisdiction {
  /** "thai-nguyen", "hai-phong.xa-an-hung". */
  id: string;
  /** "Thái Nguyên", "xã An Hưng, Hải Phòng". */
  name: string;
}

/** What a plan says of where it applies (its frontmatter). */
export interface PlanPlace {
  province: string;
  provinceInferred: boolean;
  level: 'tỉnh' | 'xã';
  issuer: string;
}

export interface PlanJurisdictions {
  province: Jurisdiction;
  /** The plan's own: its commune for a commune plan, else its province. */
  own: Jurisdiction;
}

export class JurisdictionError extends Error {}

/** "Ủy ban nhân dân xã An Hưng" → "xã An Hưng". */
const COMMUNE = /(?:^|\s)((?:xã|phường|đặc khu)\s+\S.*)$/u;

export function planJurisdictions(place: PlanPlace): PlanJurisdictions {
  const province = provinceByName(place.province);
  if (!province) throw new JurisdictionError(`Tỉnh, thành phố “${place.province}” không có trong danh sách 34 tỉnh, thành phố.`);
  // Where the province is inferred, every name built from it says so, in the site's one wording
  // (plan-format.ts); inside a body's parentheses, after a comma: "UBND tỉnh (Lai Châu, tên tỉnh …)".
  const provinceName = place.provinceInferred ? `${province.name}, ${PROVINCE_INFERRED_NOTE}` : province.name;
  const provinceJurisdiction = { id: province.slug, name: provinceName };
  if (place.level === 'tỉnh') return { province: provinceJurisdiction, own: provinceJurisdiction };
  const commune = COMMUNE.exec(place.issuer.trim())?.[1];
  if (!commune) {
    throw new JurisdictionError(`Kế hoạch cấp xã nhưng cơ quan ban hành “${place.issuer}” không nêu tên xã, phường: không biết các phòng, đơn vị của xã nào.`);
  }
  const slug = foldVietnamese(commune).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { province: provinceJurisdiction, own: { id: `${province.slug}.${slug}`, name: `${commune}, ${provinceName}` } };
}

/** One body a row names. */
export interface BodyRef {
  /** Its kind (src/data/agencies.json): the same for every province's Sở Nội vụ. */
  id: string;
  /** The body: kind and place. */
  body: string;
  /** Where it sits, in words. */
  jurisdiction: string;
}

/** The body of kind `id` a plan with these jurisdictions means. */
export function bodyOf(id: string, places: PlanJurisdictions): BodyRef {
  const level = agencyById(id)?.level;
  const place = level === 'tỉnh' || (level === 'xã' && places.own === places.province) ? places.province : places.own;
  return { id, body: `${id}.${place.id}`, jurisdiction: place.name };
}

/** "Sở Nội vụ (Thái Nguyên)". */
export function bodyName(ref: BodyRef): string {
  return `${agencyName(ref.id)} (${ref.jurisdiction})`;
}

/** The province a body id sits in, if the id is a body's and names one of the 34. */
export function bodyProvinceSlug(body: string): string | null {
  const slug = body.split('.')[1];
  return slug && provinceBySlug(slug) ? slug : null;
}

export interface Option {
  value: string;
  label: string;
}

type RowBodies = { lead: { agencies: BodyRef[] }; partners: { agencies: BodyRef[] } };
const refsOf = (rows: readonly RowBodies[]) => rows.flatMap((r) => [...r.lead.agencies, ...r.partners.agencies]);
const kindOrder = new Map(AGENCIES.map((a, i) => [a.id, i]));

/** The bodies some of `rows` name (leading or partner): one body's work each, by kind in the catalogue's order, then by place. */
export function bodyOptions(rows: readonly RowBodies[]): Option[] {
  const bodies = new Map(refsOf(rows).map((ref) => [ref.body, ref]));
  return [...bodies.values()]
    .sort((a, b) => (kindOrder.get(a.id) ?? 0) - (kindOrder.get(b.id) ?? 0) || compareVi(a.jurisdiction, b.jurisdiction))
    .map((ref) => ({ value: ref.body, label: bodyName(ref) }));
}

/** The kinds of body some of `rows` name: every Sở Nội vụ's work together. */
export function kindOptions(rows: readonly RowBodies[]): Option[] {
  const used = new Set(refsOf(rows).map((ref) => ref.id));
  return AGENCIES.filter((a) => used.has(a.id)).map((a) => ({ value: a.id, label: a.name }));
}
