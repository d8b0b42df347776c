/**
 * Synthetic cadre roster (can-bo.csv) for benchmarks and trying the tools on a large
 * file: N cadres over N/25 communes, every column filled, ethnic names in their common
 * spellings, the three date forms and every yes/no form. Deterministic.
 *
 *   node_modules/.bin/node test/bench/generate-roster.ts 200000 > can-bo.csv
 */
import { random } from '../support/random.ts';

const GROUPS = ['Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', "H'Mông", 'Hmông', 'Dao', 'Nùng', 'Ê Đê', 'Ê-đê', 'Khmer', 'Gia-rai', 'Sán Dìu'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vàng', 'Lò', 'Giàng', 'Nông', 'Đinh', 'Hà', 'Lường'];
const GIVEN = ['Văn An', 'Thị Bình', 'Minh Châu', 'Seo Dính', 'Thị Hoa', 'Văn Khánh', 'A Lử', 'Thị Lan', 'Đức Mạnh', 'Thị Ngọc'];
const YES = ['có', 'x', '1', 'yes', 'true', 'Có'];
const NO = ['không', '', '0', 'no', 'false', 'Không'];

export const ROSTER_HEADER =
  'ma_xa,ho_ten,gioi_tinh,ngay_sinh,dan_toc,lanh_dao,da_dao_tao,dat_chuan_trinh_do,dat_chuan_khung_nang_luc,thanh_thao_so,ho_so_so_hoa,boi_duong_chuyen_sau';

/** A roster of `cadres` rows as CSV text (no BOM, "\n" line ends). */
export function rosterCsv(cadres: number, seed = 2026): string {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const flag = (share: number) => (next() < share ? pick(YES) : pick(NO));
  const lines = [ROSTER_HEADER];
  for (let i = 0; i < cadres; i++) {
    const year = 1964 + Math.floor(next() * 40);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const form = next();
    const pad = (n: number) => String(n).padStart(2, '0');
    const birth = form < 0.6 ? `${pad(day)}/${pad(month)}/${year}` : form < 0.9 ? `${year}-${pad(month)}-${pad(day)}` : String(year);
    const woman = next() < 0.45;
    lines.push(
      [
        `X${String(Math.floor(i / 25)).padStart(5, '0')}`,
        `${pick(FAMILY)} ${pick(GIVEN)}`,
        woman ? 'Nữ' : 'Nam',
        birth,
        pick(GROUPS),
        flag(0.2),
        flag(0.6),
        flag(0.8),
        flag(0.85),
        flag(0.9),
        flag(0.9),
        flag(0.7),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(rosterCsv(Number(process.argv[2] ?? 200_000)));
}
