/**
 * The quality calculator on files: chat-luong.csv (one row per commune) and/or the roster
 * can-bo.csv, read, joined on ma_xa and computed. Pure, so it runs in the page's Web
 * Worker and in unit tests alike.
 */
import type { FileIssue } from '../csv/issues';
import { type Encodings, type InputFile, type Progress, hasErrors, markSheets, readInputFile, unknownCommunes } from '../csv/input-file';
import { type RosterCounts, RosterCounter } from '../roster/aggregate';
import { readCanBoCsv } from '../roster/can-bo-csv';
import { LaiChauList, type TrainingCandidate, countByCommune } from './lai-chau';
import { readChatLuongCsv } from './chat-luong-csv';
import { inputWarnings, unmetTargets } from './engine';
import type { CommuneResult, QualityInput, QualityOptions } from './input';
import { PHASES, type PhaseId } from './rules';
import { qualityResultCsv } from './result-csv';

export interface QualityFiles {
  chatLuong?: InputFile;
  canBo?: InputFile;
}

export interface QualityFilesResult {
  encodings: Encodings;
  issues: FileIssue[];
  communes: CommuneResult[];
  /** Lai Châu list (names stay in this tab); empty, and `listed` false, without a roster or its dat_chuan_trinh_do column. */
  candidates: TrainingCandidate[];
  listed: boolean;
  /** Whether the cadre counts came from a roster. */
  fromRoster: boolean;
  /** ket-qua-chat-luong.csv, written here so the page does not compute every commune. */
  resultCsv: string;
}

export const QUALITY_ROSTER_NOTE =
  'Khi nạp danh sách cán bộ (can-bo.csv), các số đếm (lãnh đạo, quản lý; cán bộ, công chức, viên chức; hồ sơ — mỗi người một hồ sơ; số đạt từng chỉ tiêu; cán bộ người DTTS và đã đào tạo) được đếm từ danh sách, nối với chat-luong.csv theo mã xã; ' +
  'người có cột “Đạt chuẩn trình độ chuyên môn” là “có” được tính là đã chuẩn hoá về chuyên môn. ' +
  'chat-luong.csv khi đó cho tên xã, tỷ lệ hài lòng và việc chuyển đổi số; các cột số đếm trong chat-luong.csv không được dùng. Không có chat-luong.csv thì tên xã là mã xã, còn tỷ lệ hài lòng và chuyển đổi số để trống.';

/** A commune's counts from the roster (names, satisfaction and digital transformation kept from `listed`). */
function fromRoster(counts: RosterCounts | undefined, code: string, listed?: QualityInput): QualityInput {
  return {
    code,
    name: listed?.name ?? code,
    bases: { leaders: counts?.leaders ?? null, staff: counts?.cadres ?? null, records: counts?.cadres ?? null },
    current: {
      lanh_dao_dat_chuan: counts?.leadersQualified ?? null,
      thanh_thao_so: counts?.digitalSkills ?? null,
      chuan_hoa_chuyen_mon: counts?.professionallyStandard ?? null,
      nang_luc_thuc_thi: counts?.performing ?? null,
      ho_so_so_hoa: counts?.recordsDigitised ?? null,
      boi_duong_chuyen_sau: counts?.leadersDeepTrained ?? null,
      boi_duong_chuc_danh: counts?.leadersTitleTrained ?? null,
    },
    satisfaction: listed?.satisfaction ?? null,
    digitalTransformation: listed?.digitalTransformation ?? null,
    dttsCadres: counts?.dtts ?? null,
    dttsTrained: counts?.dttsTrained ?? null,
  };
}

export function computeQuality(files: QualityFiles, options: QualityOptions, progress: Progress = () => {}): QualityFilesResult {
  const encodings: Encodings = [];
  const issues: FileIssue[] = [];
  const empty = { encodings, issues, communes: [], candidates: [], listed: false, fromRoster: files.canBo !== undefined, resultCsv: '' };
  if (!files.chatLuong && !files.canBo) {
    issues.push({ file: 'chat-luong.csv', row: null, column: null, severity: 'error', message: 'Chưa chọn tệp nào: cần chat-luong.csv, danh sách cán bộ can-bo.csv, hoặc cả hai.' });
    return empty;
  }
  progress(0, 1, 'Đang đọc tệp');
  const listTable = files.chatLuong ? readInputFile(files.chatLuong, encodings, issues) : null;
  const rosterTable = files.canBo ? readInputFile(files.canBo, encodings, issues) : null;
  const list = listTable === null ? { communes: [], issues: [] } : readChatLuongCsv(listTable, files.chatLuong!.name, { countsFromRoster: files.canBo !== undefined });
  const counter = new RosterCounter();
  const laiChau = new LaiChauList(options.reference);
  const roster =
    rosterTable === null
      ? { issues: [] }
      : readCanBoCsv(rosterTable, files.canBo!.name, options.today, (cadre) => {
          counter.add(cadre);
          laiChau.add(cadre);
        });
  issues.push(...list.issues, ...roster.issues);
  progress(1, 2, 'Đang tính');
  const counts = counter.counts;
  if (files.chatLuong && files.canBo && list.communes.length) {
    const codes = new Set(list.communes.map((c) => c.code));
    issues.push(...unknownCommunes([...counts.values()].map((c) => ({ row: c.firstRow, code: c.code })), codes, files.canBo.name, 'chat-luong.csv'));
  }
  markSheets(issues, [files.chatLuong, files.canBo]);
  if (hasErrors(issues)) return empty;

  const inputs = !files.canBo
    ? list.communes
    : files.chatLuong
      ? list.communes.map((c) => fromRoster(counts.get(c.code), c.code, c))
      : [...counts.keys()].map((code) => fromRoster(counts.get(code), code));
  const candidates = files.canBo ? laiChau.list() : null;
  const perCommune = candidates ? countByCommune(candidates) : null;

  const communes = inputs.map((input): CommuneResult => {
    const warnings = inputWarnings(input);
    if (files.canBo && !counts.has(input.code)) warnings.push('không có cán bộ nào trong danh sách can-bo.csv');
    const unmet = Object.fromEntries(PHASES.map((p) => [p.id, unmetTargets(input, options.rules, p.id)])) as Record<PhaseId, number>;
    return { input, warnings, laiChau: perCommune ? (perCommune.get(input.code) ?? 0) : null, unmet };
  });
  const resultCsv = qualityResultCsv(communes, options);
  progress(2, 2, 'Đã tính xong');
  return { encodings, issues, communes, candidates: candidates ?? [], listed: candidates !== null, fromRoster: files.canBo !== undefined, resultCsv };
}
