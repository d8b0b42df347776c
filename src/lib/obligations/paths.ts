/**
 * Addresses of the register's pages and files (static routes under src/pages/nghia-vu/).
 * The register is split by province and by plan so that no page or file a reader opens
 * grows with the whole country; only the "everything" files do, and they are downloads.
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
