/**
 * Readers for the quota calculator's input files (csv.md): xa.csv, one row per commune,
 * and its optional companions dan-toc.csv (population and cadres per ethnic group) and
 * don-vi.csv (public service units), all joined on ma_xa by the caller.
 */
import { type ColumnSpec, type HeaderIssue, withOptional } from '../csv/headers';
import { formatCount, formatPercent } from '../csv/numbers';
import type { TableSource } from '../csv/table-source';
import { readTable, readRecords, type RowCells, unusedColumnsWarning } from '../csv/read';
import { checkUnique } from '../csv/unique';
import { findEthnicGroup } from '../ethnic-groups';
import { compare, rational, sub, type Rational } from '../math/rational';
import type { FileIssue } from '../csv/issues';
import type { CommuneInput, DttsShare } from './input';

export const XA_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ma_xa', label: 'Mã xã', required: true },
  { key: 'ten_xa', label: 'Tên xã', required: true },
  { key: 'dan_so', label: 'Dân số', kind: 'count' },
  { key: 'dan_so_dtts', label: 'Dân số DTTS', kind: 'count' },
  { key: 'ty_le_dtts', label: 'Tỷ lệ DTTS (%)', aliases: ['Tỉ lệ DTTS (%)'], kind: 'percent' },
  { key: 'bien_che', label: 'Biên chế được giao', required: true, kind: 'count' },
  { key: 'can_bo_dtts', label: 'Cán bộ DTTS hiện có', required: true, kind: 'count' },
  { key: 'lanh_dao_dtts', label: 'Lãnh đạo, quản lý DTTS', kind: 'count' },
  { key: 'nu_dtts', label: 'Nữ DTTS', kind: 'count' },
  { key: 'nu_lanh_dao_dtts', label: 'Nữ lãnh đạo, quản lý DTTS', kind: 'count' },
  { key: 'dtts_da_dao_tao', label: 'DTTS đã đào tạo, bồi dưỡng', kind: 'count' },
];

/** The cadre counts of xa.csv, which a roster supplies instead. */
const CADRE_COLUMNS = ['can_bo_dtts', 'lanh_dao_dtts', 'nu_dtts', 'nu_lanh_dao_dtts', 'dtts_da_dao_tao'];

export const DAN_TOC_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ma_xa', label: 'Mã xã', required: true },
  { key: 'dan_toc', label: 'Dân tộc', required: true, kind: 'minorityGroup' },
  { key: 'dan_so', label: 'Dân số', required: true, kind: 'count' },
  { key: 'can_bo', label: 'Số cán bộ', kind: 'count' },
];

export const DON_VI_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ma_xa', label: 'Mã xã', required: true },
  { key: 'ten_don_vi', label: 'Tên đơn vị', required: true },
  { key: 'so_nguoi', label: 'Số người làm việc', required: true, kind: 'count' },
  { key: 'so_dtts', label: 'Số người DTTS', required: true, kind: 'count' },
  { key: 'quan_ly_dtts', label: 'Số quản lý DTTS', required: true, kind: 'count' },
];

/** One row of dan-toc.csv: a commune's population (and cadres) of one ethnic minority. */
export interface EthnicGroupRow {
  /** Row number as Excel shows it, for later cross-file messages. */
  row: number;
  /** ma_xa */
  code: string;
  /** Official name of the group (see ethnic-groups.ts), whatever variant the file used. */
  ethnicGroup: string;
  /** dan_so */
  population: number;
  /** can_bo; null when not given. */
  cadres: number | null;
}

/** One row of don-vi.csv: a public service unit of a commune. */
export interface ServiceUnitRow {
  row: number;
  /** ma_xa */
  code: string;
  /** ten_don_vi */
  unitName: string;
  /** so_nguoi */
  staff: number;
  /** so_dtts */
  dttsStaff: number;
  /** quan_ly_dtts */
  dttsManagers: number;
}

/**
 * The written percentage must be the exact share of the counts, rounded to the decimals
 * written: "32,5" fits 1.300/4.000, and "33,33" or "33" fit 1/3, but "34" does not.
 */
function agrees(percent: { value: Rational; decimals: number }, dtts: number, total: number): boolean {
  const difference = sub(percent.value, rational(100 * dtts, total));
  const distance = difference.num < 0n ? rational(-difference.num, difference.den) : difference;
  return compare(distance, rational(1, 2n * 10n ** BigInt(percent.decimals))) <= 0;
}

/** The DTTS population share of one row, checked; null when it cannot be determined. */
function readShare(cells: RowCells): DttsShare | null {
  const hasPercent = cells.filled('ty_le_dtts');
  const hasDtts = cells.filled('dan_so_dtts');
  const populationNeeded = hasDtts
    ? `cần “${cells.label('dan_so')}” để tính tỷ lệ từ “${cells.label('dan_so_dtts')}”.`
    : !hasPercent && `cần “${cells.label('dan_so')}” khi không ghi “${cells.label('ty_le_dtts')}”.`;
  const population = cells.count('dan_so', populationNeeded);
  const dtts = cells.count('dan_so_dtts');
  const percent = cells.percent('ty_le_dtts');
  // Without either column the header error says it once; no need to repeat it on every row.
  if (!hasPercent && !hasDtts && (cells.hasColumn('dan_so_dtts') || cells.hasColumn('ty_le_dtts'))) {
    cells.error(
      'dan_so_dtts',
      `Cần ghi “${cells.label('dan_so_dtts')}” hoặc “${cells.label('ty_le_dtts')}”; dòng này để trống cả hai.`,
    );
  }
  cells.atMost('dan_so_dtts', dtts, 'dan_so', population);
  if (population === 0) cells.warning('dan_so', `“${cells.label('dan_so')}” bằng 0; đề nghị kiểm tra lại.`);

  if (dtts !== null && population !== null && dtts <= population && population > 0) {
    if (percent !== null && !agrees(percent, dtts, population)) {
      cells.error(
        'ty_le_dtts',
        `Tỷ lệ ghi trong tệp (${formatPercent(percent.value, percent.decimals)}) không khớp với ` +
          `“${cells.label('dan_so_dtts')}” ÷ “${cells.label('dan_so')}” = ${formatCount(dtts)} ÷ ${formatCount(population)} = ` +
          `${formatPercent(rational(100 * dtts, population))}.`,
      );
    }
    return { kind: 'counts', dtts, total: population };
  }
  // With a population of 0 the counts say nothing, so a written percentage is used instead.
  if (percent !== null) return { kind: 'percent', percent: percent.value };
  const countsKnown = dtts !== null && population !== null && dtts <= population;
  return countsKnown ? { kind: 'counts', dtts, total: population } : null;
}

/** xa.csv needs dan_so_dtts or ty_le_dtts, and dan_so unless the share comes from ty_le_dtts alone. */
function shareColumnIssues(present: ReadonlySet<string>, labels: Readonly<Record<string, string>>): HeaderIssue[] {
  const label = (key: string) => labels[key] ?? key;
  const issues: HeaderIssue[] = [];
  if (!present.has('dan_so_dtts') && !present.has('ty_le_dtts')) {
    issues.push({
      column: null,
      severity: 'error',
      message: `Thiếu cột “${label('dan_so_dtts')}” hoặc cột “${label('ty_le_dtts')}”: cần ít nhất một trong hai cột để biết tỷ lệ DTTS.`,
    });
  }
  if (!present.has('dan_so') && (present.has('dan_so_dtts') || !present.has('ty_le_dtts'))) {
    issues.push({
      column: label('dan_so'),
      severity: 'error',
      message: `Thiếu cột “${label('dan_so')}”: bắt buộc khi có cột “${label('dan_so_dtts')}” hoặc không có cột “${label('ty_le_dtts')}”.`,
    });
  }
  return issues;
}

/**
 * Reads xa.csv (decoded text, or the sheet of an .xlsx): one CommuneInput per row, in file
 * order, with every problem reported. Any error gives no communes at all.
 */
export function readXaCsv(
  source: TableSource,
  fileName = 'xa.csv',
  { cadresFromRoster = false }: { cadresFromRoster?: boolean } = {},
): { communes: CommuneInput[]; issues: FileIssue[] } {
  // With a roster, the cadre counts come from it (quota-files.ts): "can_bo_dtts" may be left out.
  const columns = cadresFromRoster ? withOptional(XA_COLUMNS, ['can_bo_dtts']) : XA_COLUMNS;
  const table = readTable(source, fileName, columns, shareColumnIssues);
  if (cadresFromRoster) unusedColumnsWarning(table, CADRE_COLUMNS, 'số cán bộ được đếm từ danh sách cán bộ (can-bo.csv).');
  const codes = new Map<string, number>();
  const { records, issues } = readRecords(table, (cells): CommuneInput | null => {
    const code = cells.text('ma_xa', true);
    if (code !== null) {
      checkUnique(codes, code, cells, 'ma_xa', (firstRow) => `Mã xã “${code}” trùng với dòng ${firstRow}; mỗi xã chỉ ghi một dòng.`);
    }
    const name = cells.text('ten_xa', true);
    const share = readShare(cells);
    const staffQuota = cells.count('bien_che', true);
    const dttsCadres = cells.count('can_bo_dtts', !cadresFromRoster) ?? (cadresFromRoster ? 0 : null);
    const dttsLeaders = cells.count('lanh_dao_dtts');
    const dttsWomen = cells.count('nu_dtts');
    const dttsWomenLeaders = cells.count('nu_lanh_dao_dtts');
    const dttsTrained = cells.count('dtts_da_dao_tao');

    cells.atMost('lanh_dao_dtts', dttsLeaders, 'can_bo_dtts', dttsCadres);
    cells.atMost('nu_dtts', dttsWomen, 'can_bo_dtts', dttsCadres);
    cells.atMost('dtts_da_dao_tao', dttsTrained, 'can_bo_dtts', dttsCadres);
    // Women leaders are both leaders and women; when neither count is given they are still cadres.
    if (cells.filled('lanh_dao_dtts') || cells.filled('nu_dtts')) {
      cells.atMost('nu_lanh_dao_dtts', dttsWomenLeaders, 'lanh_dao_dtts', dttsLeaders);
      cells.atMost('nu_lanh_dao_dtts', dttsWomenLeaders, 'nu_dtts', dttsWomen);
    } else {
      cells.atMost('nu_lanh_dao_dtts', dttsWomenLeaders, 'can_bo_dtts', dttsCadres);
    }
    if (dttsCadres !== null && staffQuota !== null && dttsCadres > staffQuota) {
      cells.warning(
        'can_bo_dtts',
        `“${cells.label('can_bo_dtts')}” (${formatCount(dttsCadres)}) nhiều hơn “${cells.label('bien_che')}” ` +
          `(${formatCount(staffQuota)}); vẫn tính tiếp, đề nghị kiểm tra lại.`,
      );
    }
    if (code === null || name === null || share === null || staffQuota === null || dttsCadres === null) return null;
    return { code, name, share, staffQuota, dttsCadres, dttsLeaders, dttsWomen, dttsWomenLeaders, dttsTrained };
  });
  return { communes: records, issues };
}

/**
 * Reads dan-toc.csv: per commune and ethnic minority, its population and optionally its
 * cadres. Names are matched to the official list (variants accepted, unknown names
 * rejected with the closest suggested); Kinh is not a minority and is rejected.
 */
export function readDanTocCsv(source: TableSource, fileName = 'dan-toc.csv'): { rows: EthnicGroupRow[]; issues: FileIssue[] } {
  const table = readTable(source, fileName, DAN_TOC_COLUMNS);
  const pairs = new Map<string, number>();
  const { records, issues } = readRecords(table, (cells): EthnicGroupRow | null => {
    const code = cells.text('ma_xa', true);
    const written = cells.text('dan_toc', true);
    const population = cells.count('dan_so', true);
    const cadres = cells.count('can_bo');
    const match = written === null ? null : findEthnicGroup(written);
    if (match && !match.ok) cells.error('dan_toc', match.message);
    if (match?.ok && !match.minority) {
      cells.error('dan_toc', `${match.name} không phải dân tộc thiểu số; tệp này chỉ ghi các dân tộc thiểu số.`);
    }
    const ethnicGroup = match?.ok && match.minority ? match.name : null;
    if (code !== null && ethnicGroup !== null) {
      const duplicate = (firstRow: number) => `Dân tộc ${ethnicGroup} của xã “${code}” đã có ở dòng ${firstRow}.`;
      checkUnique(pairs, `${code}\n${ethnicGroup}`, cells, 'dan_toc', duplicate);
    }
    if (code === null || ethnicGroup === null || population === null) return null;
    return { row: cells.row, code, ethnicGroup, population, cadres };
  });
  return { rows: records, issues };
}

/** Reads don-vi.csv: per public service unit, its staff, DTTS staff and DTTS managers. */
export function readDonViCsv(source: TableSource, fileName = 'don-vi.csv'): { rows: ServiceUnitRow[]; issues: FileIssue[] } {
  const table = readTable(source, fileName, DON_VI_COLUMNS);
  const units = new Map<string, number>();
  const { records, issues } = readRecords(table, (cells): ServiceUnitRow | null => {
    const code = cells.text('ma_xa', true);
    const unitName = cells.text('ten_don_vi', true);
    const staff = cells.count('so_nguoi', true);
    const dttsStaff = cells.count('so_dtts', true);
    const dttsManagers = cells.count('quan_ly_dtts', true);
    cells.atMost('so_dtts', dttsStaff, 'so_nguoi', staff);
    cells.atMost('quan_ly_dtts', dttsManagers, 'so_dtts', dttsStaff);
    if (code !== null && unitName !== null) {
      const duplicate = (firstRow: number) => `Đơn vị “${unitName}” của xã “${code}” đã có ở dòng ${firstRow}.`;
      checkUnique(units, `${code}\n${unitName.toLocaleLowerCase('vi')}`, cells, 'ten_don_vi', duplicate);
    }
    if (code === null || unitName === null || staff === null || dttsStaff === null || dttsManagers === null) return null;
    return { row: cells.row, code, unitName, staff, dttsStaff, dttsManagers };
  });
  return { rows: records, issues };
}
