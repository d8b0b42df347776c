/**
 * Reader for chat-luong.csv (csv.md): one row per commune with the counts the Đồng Tháp
 * quality indicators are shares of. Optional columns beyond csv.md's list: the counts of
 * the indicators' other parts (chuan_hoa_chuyen_mon, nang_luc_thuc_thi,
 * lanh_dao_boi_duong_chuc_danh), and can_bo_dtts and dtts_da_dao_tao (as in xa.csv) for the
 * training trajectory.
 */
import { type ColumnSpec, withOptional } from '../csv/headers';
import type { FileIssue } from '../csv/issues';
import type { TableSource } from '../csv/table-source';
import { readTable, readRecords, unusedColumnsWarning } from '../csv/read';
import { checkUnique } from '../csv/unique';
import type { QualityBase, QualityInput } from './input';
import { DONG_THAP_NQ14, type PartId } from './rules';

export const CHAT_LUONG_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ma_xa', label: 'Mã xã', required: true },
  { key: 'ten_xa', label: 'Tên xã', required: true },
  { key: 'so_lanh_dao', label: 'Số lãnh đạo, quản lý', required: true, kind: 'count' },
  { key: 'lanh_dao_dat_chuan', label: 'Lãnh đạo, quản lý đạt chuẩn khung năng lực', kind: 'count' },
  { key: 'lanh_dao_boi_duong_chuyen_sau', label: 'Lãnh đạo, quản lý được bồi dưỡng chuyên sâu', kind: 'count' },
  { key: 'lanh_dao_boi_duong_chuc_danh', label: 'Lãnh đạo, quản lý được bồi dưỡng theo chức danh, cập nhật kiến thức', kind: 'count' },
  { key: 'so_cbccvc', label: 'Số cán bộ, công chức, viên chức', aliases: ['Số CBCCVC'], required: true, kind: 'count' },
  { key: 'thanh_thao_so', label: 'Thành thạo văn bản điện tử, dịch vụ công trực tuyến', kind: 'count' },
  { key: 'chuan_hoa_chuyen_mon', label: 'Chuẩn hoá về chuyên môn', kind: 'count' },
  { key: 'nang_luc_thuc_thi', label: 'Năng lực thực thi công vụ đáp ứng yêu cầu nhiệm vụ mới', kind: 'count' },
  { key: 'so_ho_so', label: 'Số hồ sơ cán bộ', kind: 'count' },
  { key: 'ho_so_so_hoa', label: 'Hồ sơ đã số hóa', aliases: ['Hồ sơ đã số hoá'], kind: 'count' },
  { key: 'ty_le_hai_long', label: 'Tỷ lệ hài lòng (%)', aliases: ['Tỉ lệ hài lòng (%)'], kind: 'percent' },
  { key: 'chuyen_doi_so', label: 'Chuyển đổi số trong quản lý cán bộ', kind: 'yesNo' },
  { key: 'can_bo_dtts', label: 'Cán bộ DTTS hiện có', kind: 'count' },
  { key: 'dtts_da_dao_tao', label: 'DTTS đã đào tạo, bồi dưỡng', kind: 'count' },
];

/** The column of each part's count: the part's id, but for leaders' training, named for whom it counts. */
export const PART_COLUMNS: Record<PartId, string> = {
  lanh_dao_dat_chuan: 'lanh_dao_dat_chuan',
  thanh_thao_so: 'thanh_thao_so',
  chuan_hoa_chuyen_mon: 'chuan_hoa_chuyen_mon',
  nang_luc_thuc_thi: 'nang_luc_thuc_thi',
  ho_so_so_hoa: 'ho_so_so_hoa',
  boi_duong_chuyen_sau: 'lanh_dao_boi_duong_chuyen_sau',
  boi_duong_chuc_danh: 'lanh_dao_boi_duong_chuc_danh',
};
const BASE_COLUMNS: Record<QualityBase, string> = { leaders: 'so_lanh_dao', staff: 'so_cbccvc', records: 'so_ho_so' };

/** The counts a roster supplies instead (every column but the name, satisfaction and digital transformation). */
const COUNT_COLUMNS = CHAT_LUONG_COLUMNS.map((c) => c.key).filter((key) => !['ma_xa', 'ten_xa', 'ty_le_hai_long', 'chuyen_doi_so'].includes(key));

/** Reads chat-luong.csv (decoded text, or the sheet of an .xlsx): one QualityInput per row, in file order; any error gives none. */
export function readChatLuongCsv(
  source: TableSource,
  fileName = 'chat-luong.csv',
  { countsFromRoster = false }: { countsFromRoster?: boolean } = {},
): { communes: QualityInput[]; issues: FileIssue[] } {
  // With a roster, the counts come from it (quality-files.ts): the base columns may be left out.
  const columns = countsFromRoster ? withOptional(CHAT_LUONG_COLUMNS, ['so_lanh_dao', 'so_cbccvc']) : CHAT_LUONG_COLUMNS;
  const table = readTable(source, fileName, columns);
  if (countsFromRoster) unusedColumnsWarning(table, COUNT_COLUMNS, 'các số đếm được lấy từ danh sách cán bộ (can-bo.csv).');
  const codes = new Map<string, number>();
  const { records, issues } = readRecords(table, (cells): QualityInput | null => {
    const code = cells.text('ma_xa', true);
    if (code !== null) checkUnique(codes, code, cells, 'ma_xa', (first) => `Mã xã “${code}” trùng với dòng ${first}; mỗi xã chỉ ghi một dòng.`);
    const name = cells.text('ten_xa', true);
    const leaders = cells.count('so_lanh_dao', !countsFromRoster);
    const staff = cells.count('so_cbccvc', !countsFromRoster);
    const records = cells.count('so_ho_so');
    const bases = { leaders, staff, records };
    const current = {} as QualityInput['current'];
    for (const indicator of DONG_THAP_NQ14.indicators) {
      for (const part of indicator.parts) {
        const column = PART_COLUMNS[part.id];
        current[part.id] = cells.count(column);
        cells.atMost(column, current[part.id], BASE_COLUMNS[indicator.base], bases[indicator.base]);
      }
    }
    cells.atMost('so_lanh_dao', leaders, 'so_cbccvc', staff);
    if (current.ho_so_so_hoa !== null && records === null && cells.hasColumn('so_ho_so')) {
      cells.error('so_ho_so', `Cần ghi “${cells.label('so_ho_so')}” khi có “${cells.label('ho_so_so_hoa')}”.`);
    }
    const satisfaction = cells.percent('ty_le_hai_long');
    const digitalTransformation = cells.yesNo('chuyen_doi_so');
    const dttsCadres = cells.count('can_bo_dtts');
    const dttsTrained = cells.count('dtts_da_dao_tao');
    cells.atMost('dtts_da_dao_tao', dttsTrained, 'can_bo_dtts', dttsCadres);
    cells.atMost('can_bo_dtts', dttsCadres, 'so_cbccvc', staff);
    if (dttsTrained !== null && dttsCadres === null) {
      cells.error('can_bo_dtts', `Cần ghi “${cells.label('can_bo_dtts')}” khi có “${cells.label('dtts_da_dao_tao')}”.`);
    }
    if (code === null || name === null) return null;
    return {
      code,
      name,
      bases,
      current,
      satisfaction: satisfaction?.value ?? null,
      digitalTransformation,
      dttsCadres,
      dttsTrained,
    };
  });
  return { communes: records, issues };
}
