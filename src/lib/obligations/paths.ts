/** Addresses of the register's files (static endpoints under src/pages/nghia-vu/). */
export const REGISTER_PATH = '/nghia-vu/';
export const REGISTER_CSV_PATH = '/nghia-vu/nghia-vu.csv';
export const REGISTER_JSON_PATH = '/nghia-vu/nghia-vu.json';

export function planCalendarPath(slug: string): string {
  return `/nghia-vu/lich/${slug}.ics`;
}
