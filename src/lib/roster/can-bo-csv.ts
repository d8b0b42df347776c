/**
 * Reader for the cadre roster can-bo.csv (csv.md): one row per cadre. The rows stay in
 * the browser tab; the calculators use the per-commune counts (aggregate.ts) and the
 * Lai Châu list (lai-chau.ts).
 */
import type { ColumnSpec, HeaderIssue } from '../csv/headers';
import { hasErrors } from '../csv/input-file';
import type { FileIssue } from '../csv/issues';
import { formatCount } from '../csv/numbers';
import type { TableSource } from '../csv/table-source';
import { readTable, visitRecords } from '../csv/read';
import { type CalendarDate, compareDates } from '../core/dates';
import { formatDate } from '../core/vi-format';
import { type EthnicGroupMatch, findEthnicGroup } from '../ethnic-groups';
import { foldVietnamese } from '../core/fold';
import type { Sex } from './retirement';

/** The yes/no columns, in csv.md's order, then those of the Đồng Tháp indicators' other parts. */
export const ROSTER_FLAGS = [
  'lanh_dao',
  'da_dao_tao',
  'dat_chuan_trinh_do',
  'dat_chuan_khung_nang_luc',
  'thanh_thao_so',
  'ho_so_so_hoa',
  'boi_duong_chuyen_sau',
  'nang_luc_thuc_thi',
  'boi_duong_chuc_danh',
] as const;
export type RosterFlag = (typeof ROSTER_FLAGS)[number];

export const CAN_BO_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ma_xa', label: 'Mã xã', required: true },
  { key: 'ho_ten', label: 'Họ và tên', aliases: ['Họ tên'] },
  { key: 'gioi_tinh', label: 'Giới tính', required: true, kind: 'sex' },
  { key: 'ngay_sinh', label: 'Ngày sinh', aliases: ['Ngày tháng năm sinh'], kind: 'date' },
  { key: 'nam_sinh', label: 'Năm sinh', kind: 'year' },
  { key: 'dan_toc', label: 'Dân tộc', required: true, kind: 'ethnicGroup' },
  { key: 'lanh_dao', label: 'Lãnh đạo, quản lý', kind: 'yesNo' },
  { key: 'da_dao_tao', label: 'Đã đào tạo, bồi dưỡng', kind: 'yesNo' },
  { key: 'dat_chuan_trinh_do', label: 'Đạt chuẩn trình độ chuyên môn', kind: 'yesNo' },
  { key: 'dat_chuan_khung_nang_luc', label: 'Đạt chuẩn khung năng lực', kind: 'yesNo' },
  { key: 'thanh_thao_so', label: 'Thành thạo văn bản điện tử, dịch vụ công trực tuyến', kind: 'yesNo' },
  { key: 'ho_so_so_hoa', label: 'Hồ sơ đã số hóa', aliases: ['Hồ sơ đã số hoá'], kind: 'yesNo' },
  { key: 'boi_duong_chuyen_sau', label: 'Bồi dưỡng chuyên sâu', kind: 'yesNo' },
  { key: 'nang_luc_thuc_thi', label: 'Năng lực thực thi công vụ đáp ứng yêu cầu nhiệm vụ mới', kind: 'yesNo' },
  { key: 'boi_duong_chuc_danh', label: 'Bồi dưỡng theo chức danh, cập nhật kiến thức', kind: 'yesNo' },
];

export interface Cadre {
  row: number;
  /** ma_xa */
  code: string;
  /** ho_ten; null when the file has no names. */
  name: string | null;
  sex: Sex;
  birth: CalendarDate;
  /** Only the year of birth was given (read as 1 January). */
  birthYearOnly: boolean;
  /** Official name of the ethnic group. */
  ethnicGroup: string;
  minority: boolean;
  /** Each yes/no column; null when the file lacks that column. */
  flags: Record<RosterFlag, boolean | null>;
}

// Folded spellings; "Nam" and "Nữ" as written are looked up first, folding every cell costs on a large roster.
const SEXES: Record<string, Sex> = { Nam: 'nam', Nữ: 'nu', nam: 'nam', nu: 'nu', m: 'nam', f: 'nu', male: 'nam', female: 'nu' };

/** A roster needs a birth date or a birth year column. */
function birthColumnIssues(present: ReadonlySet<string>, labels: Readonly<Record<string, string>>): HeaderIssue[] {
  if (present.has('ngay_sinh') || present.has('nam_sinh')) return [];
  return [{ column: null, severity: 'error', message: `Thiếu cột “${labels.ngay_sinh}” hoặc cột “${labels.nam_sinh}”.` }];
}

/** Whose counts depend on a yes/no column the file lacks: said once, as a warning. */
function missingFlagWarnings(file: string, row: number, present: ReadonlySet<string>): FileIssue[] {
  return CAN_BO_COLUMNS.filter((c) => (ROSTER_FLAGS as readonly string[]).includes(c.key) && !present.has(c.key)).map((c) => ({
    file,
    row,
    column: c.label,
    severity: 'warning' as const,
    message: `Tệp không có cột “${c.label}” (${c.key}); các số liệu tính từ cột này sẽ để trống, không coi là “không”.`,
  }));
}

/**
 * Reads can-bo.csv (decoded text, or the sheet of an .xlsx), handing each valid cadre to
 * `onCadre` as it is read: a roster of 200,000 is counted, not kept (keeping it took a
 * quarter of the reading time in garbage collection). `today` bounds birth dates (no one is born in the future or is
 * over 100). With any error in the issues, what `onCadre` gathered must be dropped.
 */
export function readCanBoCsv(source: TableSource, fileName: string, today: CalendarDate, onCadre: (cadre: Cadre) => void): { issues: FileIssue[] } {
  const table = readTable(source, fileName, CAN_BO_COLUMNS, birthColumnIssues);
  if (table.present.size > 0) table.issues.push(...missingFlagWarnings(fileName, table.headerRow, table.present));
  // A roster names the same few groups thousands of times: look each spelling up once.
  const ethnicCache = new Map<string, EthnicGroupMatch>();
  const oldest = today.year - 100;
  let cadres = 0;
  let named = 0;
  const { issues } = visitRecords(
    table,
    (cells): Cadre | null => {
      const code = cells.text('ma_xa', true);
      const name = cells.text('ho_ten');
      const sexText = cells.text('gioi_tinh', true);
      const sex = sexText === null ? null : (SEXES[sexText] ?? SEXES[foldVietnamese(sexText)] ?? null);
      if (sexText !== null && sex === null) cells.error('gioi_tinh', `“${sexText}” không phải giới tính hợp lệ (ghi Nam hoặc Nữ).`);

      const birthKey = cells.filled('ngay_sinh') || !cells.hasColumn('nam_sinh') ? 'ngay_sinh' : 'nam_sinh';
      const birth = cells.date(birthKey, 'cần ngày sinh hoặc năm sinh để tính tuổi nghỉ hưu.');
      if (birth && cells.filled('nam_sinh') && birthKey === 'ngay_sinh' && cells.text('nam_sinh') !== String(birth.value.year)) {
        cells.error('nam_sinh', `Năm sinh “${cells.text('nam_sinh')}” không khớp với ngày sinh ${formatDate(birth.value)}.`);
      }
      if (birth && (compareDates(birth.value, today) > 0 || birth.value.year < oldest)) {
        cells.error(birthKey, `Ngày sinh ${birth.yearOnly ? birth.value.year : formatDate(birth.value)} không hợp lý (sau hôm nay hoặc trước năm ${oldest}).`);
      }

      const written = cells.text('dan_toc', true);
      let match: EthnicGroupMatch | undefined;
      if (written !== null) {
        match = ethnicCache.get(written);
        if (!match) ethnicCache.set(written, (match = findEthnicGroup(written)));
        if (!match.ok) cells.error('dan_toc', match.message);
      }
      const flags = {} as Record<RosterFlag, boolean | null>;
      for (const flag of ROSTER_FLAGS) flags[flag] = cells.yesNo(flag);

      if (code === null || sex === null || birth === null || !match?.ok) return null;
      return { row: cells.row, code, name, sex, birth: birth.value, birthYearOnly: birth.yearOnly, ethnicGroup: match.name, minority: match.minority, flags };
    },
    (cadre) => {
      cadres++;
      if (cadre.name !== null) named++;
      onCadre(cadre);
    },
  );
  if (named > 0 && named < cadres && !hasErrors(issues)) {
    issues.push({ file: fileName, row: null, column: null, severity: 'warning', message: `${formatCount(cadres - named)} dòng không ghi họ tên; danh sách sẽ ghi số dòng thay cho tên.` });
  }
  return { issues };
}
