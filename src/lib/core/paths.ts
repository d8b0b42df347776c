/**
 * The address of every page and file the site publishes (docs/links.md: addresses are a
 * public interface, never changed once published). Built here and nowhere else, so a
 * page, a link in a plan, a sitemap entry and a download all agree.
 */

/** The plan list: /ke-hoach/. */
export const PLAN_LIST_PATH = '/ke-hoach/';

/** A plan's page: /ke-hoach/<slug>/. */
export function planPath(slug: string): string {
  return `${PLAN_LIST_PATH}${slug}/`;
}

/** The text of a plan as published, beside its page: /ke-hoach/<slug>/ban-goc/. */
export function planSourcePath(slug: string): string {
  return `${planPath(slug)}ban-goc/`;
}

/** One clause of a plan: /ke-hoach/<slug>/#<anchor>. */
/** The plan as a Word file, made at build time (src/build/plan-docx.ts). */
export function planDocxPath(slug: string): string {
  return `${planPath(slug)}van-ban.docx`;
}

export function clausePath(slug: string, anchor: string): string {
  return `${planPath(slug)}#${anchor}`;
}

/** The plans of one province, with an optional query string: /ke-hoach/tinh/<province-slug>/?cap=xã. */
export function provinceListPath(provinceSlug: string, search = ''): string {
  return `${PLAN_LIST_PATH}tinh/${provinceSlug}/${search}`;
}

/** A province's plans as data, which its list page loads to filter: /ke-hoach/tinh/<province-slug>.json. */
export function provinceDataPath(provinceSlug: string): string {
  return `${PLAN_LIST_PATH}tinh/${provinceSlug}.json`;
}

/** What "save this province for offline reading" keeps: /ke-hoach/tinh/<province-slug>/luu.json. */
export function provinceSavePath(provinceSlug: string): string {
  return `${PLAN_LIST_PATH}tinh/${provinceSlug}/luu.json`;
}

/** The documents plans implement: /van-ban/. */
export const DOCUMENTS_PATH = '/van-ban/';

/** One document and the plans implementing it in every province: /van-ban/<slug>/. */
export function documentPath(slug: string): string {
  return `${DOCUMENTS_PATH}${slug}/`;
}

/** The plans implementing one document in one province: /van-ban/<slug>/tinh/<province-slug>/. */
export function documentProvincePath(slug: string, provinceSlug: string): string {
  return `${DOCUMENTS_PATH}${slug}/tinh/${provinceSlug}/`;
}

/** The calculators. */
export const TOOLS_PATH = '/cong-cu/';
export const QUOTA_CALCULATOR_PATH = `${TOOLS_PATH}chi-tieu-dtts/`;
export const QUALITY_CALCULATOR_PATH = `${TOOLS_PATH}chat-luong-can-bo/`;

/** What a page the reader has not saved shows offline (never in the sitemap). */
export const OFFLINE_PATH = '/ngoai-tuyen/';

/** The Atom feed of new and changed plans. */
export const FEED_PATH = '/cap-nhat.xml';

/*
 * The register of obligations (static routes under src/pages/nghia-vu/). It is split by
 * province and by plan so that no page or file a reader opens grows with the whole
 * country; only the "everything" files do, and they are downloads.
 */
export const REGISTER_PATH = '/nghia-vu/';

/** The files a register level is offered as: the export.ts and ics.ts formats. */
export type RegisterFormat = 'csv' | 'json' | 'ics';
export const REGISTER_FORMATS: readonly RegisterFormat[] = ['csv', 'json', 'ics'];

/** Everything: /nghia-vu/nghia-vu.csv, .json, .ics. */
export function registerFilePath(format: RegisterFormat): string {
  return `${REGISTER_PATH}nghia-vu.${format}`;
}

/** The register rows of one plan, server-rendered: /nghia-vu/ke-hoach/<slug>/. */
export function planRegisterPath(slug: string): string {
  return `${REGISTER_PATH}ke-hoach/${slug}/`;
}

/** One plan's calendar, at the address published before the split. */
export function planCalendarPath(slug: string): string {
  return `${REGISTER_PATH}lich/${slug}.ics`;
}

/** One plan's files: /nghia-vu/ke-hoach/<slug>.csv and .json beside its page, the calendar where it was. */
export function planRegisterFilePath(slug: string, format: RegisterFormat): string {
  return format === 'ics' ? planCalendarPath(slug) : `${REGISTER_PATH}ke-hoach/${slug}.${format}`;
}

/** The register of one province: /nghia-vu/tinh/<province-slug>/. */
export function provinceRegisterPath(provinceSlug: string): string {
  return `${REGISTER_PATH}tinh/${provinceSlug}/`;
}

/** One province's files: /nghia-vu/tinh/<province-slug>.csv, .json (also what the page loads to filter), .ics. */
export function provinceRegisterFilePath(provinceSlug: string, format: RegisterFormat): string {
  return `${REGISTER_PATH}tinh/${provinceSlug}.${format}`;
}

/** Where one obligation's row is, without JavaScript: its plan's register page. */
export function obligationPath(plan: string, rowId: string): string {
  return `${planRegisterPath(plan)}#${rowId}`;
}
