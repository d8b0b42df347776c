/**
 * The 34 provinces and centrally-run cities (after the 2025 reorganisation, Nghị quyết
 * số 202/2025/QH15), by the name plans write in their `province` field, and the ASCII
 * slug each one has in URLs: /ke-hoach/tinh/<slug>/, /nghia-vu/tinh/<slug>/,
 * /tim-kiem/?tinh=<name>, the search bundle /pagefind/tinh/<slug>/.
 * The collection is partitioned by province so that no page, index or download
 * grows with the whole country.
 */
import { foldVietnamese } from './core/fold';
import { compareVi } from './core/vi-format';

export const PROVINCE_NAMES = [
  'Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ',
  'An Giang', 'Bắc Ninh', 'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp',
  'Gia Lai', 'Hà Tĩnh', 'Hưng Yên', 'Khánh Hòa', 'Lai Châu', 'Lâm Đồng', 'Lạng Sơn', 'Lào Cai',
  'Nghệ An', 'Ninh Bình', 'Phú Thọ', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sơn La', 'Tây Ninh',
  'Thái Nguyên', 'Thanh Hóa', 'Tuyên Quang', 'Vĩnh Long',
] as const;

export type ProvinceName = (typeof PROVINCE_NAMES)[number];

/** "Thái Nguyên" → "thai-nguyen", "Đắk Lắk" → "dak-lak". */
export function provinceSlug(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export interface Province {
  name: ProvinceName;
  slug: string;
}

/** Sorted the Vietnamese way, as every list of provinces shows them. */
export const PROVINCES: readonly Province[] = [...PROVINCE_NAMES]
  .sort(compareVi)
  .map((name) => ({ name, slug: provinceSlug(name) }));

const bySlug = new Map(PROVINCES.map((p) => [p.slug, p]));
const byName = new Map(PROVINCES.map((p) => [p.name as string, p]));

export function provinceBySlug(slug: string): Province | undefined {
  return bySlug.get(slug);
}

export function provinceByName(name: string): Province | undefined {
  return byName.get(name.normalize('NFC'));
}
